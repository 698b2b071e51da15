using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// A replicated database (a shard): the peers are instances of <see cref="Service"/> in replication roles.
/// Writes need the primary and, when there is one, the synchronous replica.
/// </summary>
public sealed record DatabaseSpec(
    string Id,
    string Service,
    string Primary,
    string? Sync,
    ImmutableArray<string> Async,
    TimeSpan FailoverAfter)
{
    /// <summary>Where clients read from; replica reads survive a dead primary but may be stale.</summary>
    public DatabaseReads Reads { get; init; } = DatabaseReads.Primary;
}
