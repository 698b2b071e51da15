namespace PracticePlatform.Cli.Remote.Views;

/// <summary>When a schedule recurs: frequency (daily, weekly), every interval days or weeks, on a day, at a local time in a zone.</summary>
public sealed record RecurrenceView(string Frequency, int Interval, string? Day, TimeSpan Time, string TimeZone);
