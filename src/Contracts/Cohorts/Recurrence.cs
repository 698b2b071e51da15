namespace PracticePlatform.Contracts.Cohorts;

/// <summary>
/// When a practice schedule's sessions start: every <see cref="Interval"/> days or weeks (on <see cref="Day"/>), at
/// <see cref="Time"/> local time in <see cref="TimeZone"/> (an IANA id such as Europe/Berlin). The local time holds
/// across daylight-saving changes; the UTC instant moves with them.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.Recurrence")]
public sealed record Recurrence(
    [property: Id(0)] RecurrenceFrequency Frequency,
    [property: Id(1)] int Interval,
    [property: Id(2)] DayOfWeek? Day,
    [property: Id(3)] TimeSpan Time,
    [property: Id(4)] string TimeZone);
