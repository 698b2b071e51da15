using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// The responders' impact assessment: the minute the impact started and ended (simulated minutes since the cell
/// started), the share of requests that failed per request type in that window, the root cause and a summary.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.ImpactAssessment")]
public sealed record ImpactAssessment(
    long StartMinute,
    long EndMinute,
    ImmutableSortedDictionary<string, double> FailedShares,
    string RootCause,
    string Summary);
