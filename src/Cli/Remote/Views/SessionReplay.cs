namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A session as it was at one simulated second: health, alarms and the timeline up to then (series are left to --json).</summary>
public sealed record SessionReplay(long Second, CellHealth Health, AlarmView[] Alarms, TimelineEntry[] Timeline);
