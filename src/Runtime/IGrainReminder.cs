namespace PracticePlatform.Runtime;

/// <summary>A handle on a registered reminder.</summary>
public interface IGrainReminder
{
    /// <summary>The reminder's name, unique per grain.</summary>
    string ReminderName { get; }
}
