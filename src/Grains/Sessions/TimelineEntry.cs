namespace PracticePlatform.Grains.Sessions;

/// <summary>One append-only timeline record: its order, the simulated second and wall time it happened at, who did it and what.</summary>
public sealed record TimelineEntry(long Sequence, long Second, DateTimeOffset WallTime, string Actor, TimelineKind Kind, string Text);
