namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One occurrence of a schedule: its number, start, session and scenario (null where the caller may not know it).</summary>
public sealed record ScheduledOccurrence(int Number, DateTimeOffset Start, Guid? SessionId, string? ScenarioId, string? Missed);
