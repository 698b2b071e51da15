using System.Collections.Immutable;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Truth;

/// <summary>One request type in one minute: exact counts, failures by reason, latency percentiles (ms).</summary>
public sealed record MinuteTruth(long Minute, long Attempted, long Failed, ImmutableSortedDictionary<FailureReason, long> FailedByReason, double P50, double P95, double P99);
