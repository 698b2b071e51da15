namespace PracticePlatform.Api.Dashboard;

/// <summary>One log line for the dashboard's live log stream.</summary>
public sealed record LogEntry(long Sequence, DateTimeOffset At, string Level, string Category, string Message);
