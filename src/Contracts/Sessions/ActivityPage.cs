using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>A page of the shared activity feed, oldest first, without output; <see cref="Total"/> is how many commands the feed holds.</summary>
[GenerateSerializer, Immutable, Alias("practice.ActivityPage")]
public sealed record ActivityPage([property: Id(0)] ImmutableArray<ActivityEntry> Entries, [property: Id(1)] long Total);
