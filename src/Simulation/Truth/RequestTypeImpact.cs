using System.Collections.Immutable;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Truth;

/// <summary>
/// The impact on one request type: over the impact window, how many requests failed and why, and in how many minutes
/// the successful ones were slower than the request type's latency objective (0 without one).
/// </summary>
public sealed record RequestTypeImpact(
    string RequestType,
    double BaselineFailShare,
    long Attempted,
    long Failed,
    double FailedShare,
    ImmutableSortedDictionary<FailureReason, long> FailedByReason,
    ImmutableArray<MinuteTruth> Minutes,
    int SlowMinutes = 0);
