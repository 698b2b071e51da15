namespace PracticePlatform.Contracts.Sessions;

/// <summary>An alarm rule of the session's cell: firing or not since a second, and who acknowledged its current firing.</summary>
[GenerateSerializer, Immutable, Alias("practice.AlarmView")]
public sealed record AlarmView(string Id, string Severity, bool Firing, long Since, string Message, string? AcknowledgedBy, long? AcknowledgedAt);
