using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// A staged fault inject: a fault of <see cref="Kind"/> on <see cref="Target"/> (an instance, service, host,
/// datacenter, database or request type), starting at <see cref="At"/> (null: only when an instigator injects it),
/// escalating at <see cref="EscalateAt"/>, on a <see cref="Share"/> of the target's instances or requests.
/// </summary>
public sealed record InjectSpec(
    string Id,
    string Kind,
    string Target,
    TimeSpan? At,
    TimeSpan? EscalateAt,
    double Share,
    ImmutableSortedDictionary<string, string> Parameters)
{
    /// <summary>
    /// Another inject whose fault must be fixed first: remedies for this one have no effect while that one is
    /// active (the order of steps matters).
    /// </summary>
    public string? After { get; init; }
}
