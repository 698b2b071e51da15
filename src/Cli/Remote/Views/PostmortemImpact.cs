using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>The assessed impact window and shares beside the ground truth, with the assessed root cause.</summary>
public sealed record PostmortemImpact(
    long? AssessedStartMinute,
    long? AssessedEndMinute,
    long? StartMinute,
    long? EndMinute,
    bool Ongoing,
    ImmutableArray<RequestTypeComparison> RequestTypes,
    string? RootCause,
    string? AssessedSummary);
