namespace PracticePlatform.Contracts.Sessions;

/// <summary>One append-only timeline record: its order, the simulated second and wall time it happened at, who did it and what.</summary>
[GenerateSerializer, Immutable, Alias("practice.TimelineEntry")]
public sealed record TimelineEntry(long Sequence, long Second, DateTimeOffset WallTime, string Actor, TimelineKind Kind, string Text);
