using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Contracts.Postmortems;

/// <summary>
/// The impact: the window the responders assessed beside the ground truth (simulated minutes since the cell
/// started), the failed share per request type both ways, and the assessed root cause and summary (null without an
/// assessment).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.PostmortemImpact")]
public sealed record PostmortemImpact(
    [property: Id(0)] long? AssessedStartMinute,
    [property: Id(1)] long? AssessedEndMinute,
    [property: Id(2)] long? StartMinute,
    [property: Id(3)] long? EndMinute,
    [property: Id(4)] bool Ongoing,
    [property: Id(5)] ImmutableArray<RequestTypeComparison> RequestTypes,
    [property: Id(6)] string? RootCause,
    [property: Id(7)] string? AssessedSummary);
