namespace PracticePlatform.Runtime.Reminders;

/// <summary>A durable reminder definition: first tick at <see cref="StartAt"/>, then every <see cref="Period"/>.</summary>
public sealed record ReminderEntry(GrainId GrainId, string ReminderName, DateTimeOffset StartAt, TimeSpan Period, string? ETag = null);
