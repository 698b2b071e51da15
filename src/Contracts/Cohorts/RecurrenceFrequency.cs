namespace PracticePlatform.Contracts.Cohorts;

/// <summary>How often a practice schedule recurs, before its interval: every day, or every week on one weekday.</summary>
[GenerateSerializer, Alias("practice.RecurrenceFrequency")]
public enum RecurrenceFrequency
{
    Daily,
    Weekly,
}
