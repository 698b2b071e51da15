using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// How the group kept stakeholders informed, for the debrief: the scenario's expected cadence (minutes, null when it
/// expects none), the impact window in simulated seconds (from the ground truth; the end is the session's last
/// second while the impact is ongoing), every status update and stakeholder message, the late or missing updates,
/// and the stakeholder questions nobody answered.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.Communication")]
public sealed record Communication(
    [property: Id(0)] int? ExpectedEveryMinutes,
    [property: Id(1)] long? ImpactStartSecond,
    [property: Id(2)] long? ImpactEndSecond,
    [property: Id(3)] ImmutableArray<StatusUpdate> StatusUpdates,
    [property: Id(4)] ImmutableArray<StatusUpdateFinding> LateOrMissing,
    [property: Id(5)] ImmutableArray<StakeholderMessage> StakeholderMessages,
    [property: Id(6)] ImmutableArray<StakeholderMessage> Unanswered);
