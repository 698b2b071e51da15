using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// The responders' impact assessment: the minute the impact started and ended (simulated minutes since the cell
/// started), the share of requests that failed per request type in that window, the root cause and a summary.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.ImpactAssessment")]
public sealed record ImpactAssessment(
    [property: Id(0)] long StartMinute,
    [property: Id(1)] long EndMinute,
    [property: Id(2)] ImmutableSortedDictionary<string, double> FailedShares,
    [property: Id(3)] string RootCause,
    [property: Id(4)] string Summary);
