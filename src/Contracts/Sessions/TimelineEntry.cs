namespace PracticePlatform.Contracts.Sessions;

/// <summary>One append-only timeline record: its order, the simulated second and wall time it happened at, who did it and what.</summary>
[GenerateSerializer, Immutable, Alias("practice.TimelineEntry")]
public sealed record TimelineEntry([property: Id(0)] long Sequence, [property: Id(1)] long Second, [property: Id(2)] DateTimeOffset WallTime, [property: Id(3)] string Actor, [property: Id(4)] TimelineKind Kind, [property: Id(5)] string Text);
