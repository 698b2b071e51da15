namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One timeline record: order, simulated second, wall time, actor, kind and text.</summary>
public sealed record TimelineEntry(long Sequence, long Second, DateTimeOffset WallTime, string Actor, string Kind, string Text);
