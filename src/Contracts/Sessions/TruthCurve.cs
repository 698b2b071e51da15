using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// One request type's ground truth minute by minute, the debrief's severity curve: every completed simulated minute,
/// and the baseline before the first injection it is judged against (the failed share, and the median p99 of the
/// minutes with successful requests; null without such a minute). Only in a held debrief: responders never see it
/// before theirs.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.TruthCurve")]
public sealed record TruthCurve(
    [property: Id(0)] string RequestType,
    [property: Id(1)] double BaselineFailedShare,
    [property: Id(2)] double? BaselineP99Ms,
    [property: Id(3)] ImmutableArray<TruthMinute> Minutes);
