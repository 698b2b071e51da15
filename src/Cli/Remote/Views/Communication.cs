using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>The debrief's communication section: cadence, impact window, status updates, late or missing ones, unanswered stakeholders.</summary>
public sealed record Communication(
    int? ExpectedEveryMinutes,
    long? ImpactStartSecond,
    long? ImpactEndSecond,
    ImmutableArray<StatusUpdate> StatusUpdates,
    ImmutableArray<StatusUpdateFinding> LateOrMissing,
    ImmutableArray<StakeholderMessage> StakeholderMessages,
    ImmutableArray<StakeholderMessage> Unanswered);
