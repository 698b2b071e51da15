namespace PracticePlatform.Cli.Remote.Views;

/// <summary>An alarm rule of a session's cell: firing since a second or not, and who acknowledged the current firing.</summary>
public sealed record AlarmView(string Id, string Severity, bool Firing, long Since, string Message, string? AcknowledgedBy, long? AcknowledgedAt);
