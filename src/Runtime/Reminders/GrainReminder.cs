namespace PracticePlatform.Runtime.Reminders;

/// <summary>A handle on a registered reminder, with the ETag it was registered under.</summary>
internal sealed record GrainReminder(string ReminderName, string ETag) : IGrainReminder;
