namespace PracticePlatform.Contracts.Sessions;

/// <summary>An alarm rule of the session's cell: firing or not since a second, and who acknowledged its current firing.</summary>
[GenerateSerializer, Immutable, Alias("practice.AlarmView")]
public sealed record AlarmView([property: Id(0)] string Id, [property: Id(1)] string Severity, [property: Id(2)] bool Firing, [property: Id(3)] long Since, [property: Id(4)] string Message, [property: Id(5)] string? AcknowledgedBy, [property: Id(6)] long? AcknowledgedAt);
