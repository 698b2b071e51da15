using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Truth;

/// <summary>
/// What the simulation knows for certain, for the debrief. The impact window runs from the first minute any request
/// type failed clearly above its baseline to the last such minute before a sustained recovery (5 minutes); null
/// when there was no impact. Counts inside the window are exact.
/// </summary>
public sealed record GroundTruth(
    long CompletedMinutes,
    long? ImpactStartMinute,
    long? ImpactEndMinute,
    bool Ongoing,
    ImmutableArray<RequestTypeImpact> RequestTypes);
