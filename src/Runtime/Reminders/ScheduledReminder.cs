namespace PracticePlatform.Runtime.Reminders;

/// <summary>A reminder ticking in this silo: whose it is, its period, and when it is next due.</summary>
public sealed record ScheduledReminder(GrainId GrainId, string ReminderName, TimeSpan Period, DateTimeOffset NextDue);
