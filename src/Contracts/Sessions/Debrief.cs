using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// The assessment beside the ground truth, and how the group did: seconds from the first injection to the first
/// alarm (detect), to the first responder action after it (acknowledge), to the first remediation that mitigated part
/// of an active fault (mitigate, see <see cref="RemediationAttempt"/>) and to the declared restoration (resolve). Null
/// where it did not happen. <see cref="BlindAlleys"/> are the commands that failed and the remediations that changed
/// the cell but mitigated no fault; <see cref="Lessons"/> grow after the debrief is held. <see cref="Resolution"/> says,
/// per resolution criterion, whether it was met when the debrief was held and how far from it the cell was, so a cell
/// not restored says why (default in debriefs held before it was kept). <see cref="Assembly"/> is how
/// fast a Code Blue assembled (null for other sessions). <see cref="Communication"/> puts the status updates beside the
/// impact window, with late or missing updates and unanswered stakeholder questions (null in debriefs held before it).
/// <see cref="TruthCurves"/> is the ground truth per request type minute by minute; <see cref="Differences"/> says in
/// words how the assessment differs from it; <see cref="ClockStart"/> is the wall-clock time the tools print for
/// simulated second 0, so minutes can be shown as the clock the responders saw (empty and null in older debriefs).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.Debrief")]
public sealed record Debrief(
    [property: Id(0)] string ScenarioId,
    [property: Id(1)] ImpactAssessment? Assessment,
    [property: Id(2)] long? ImpactStartMinute,
    [property: Id(3)] long? ImpactEndMinute,
    [property: Id(4)] bool ImpactOngoing,
    [property: Id(5)] ImmutableArray<RequestTypeComparison> RequestTypes,
    [property: Id(6)] long? InjectedAtSecond,
    [property: Id(7)] long? TimeToDetectSeconds,
    [property: Id(8)] long? TimeToAcknowledgeSeconds,
    [property: Id(9)] long? TimeToMitigateSeconds,
    [property: Id(10)] long? TimeToResolveSeconds,
    [property: Id(11)] int CommandsRun,
    [property: Id(12)] int HintsGiven,
    [property: Id(13)] int PointersGiven,
    [property: Id(14)] bool CellRestored,
    [property: Id(15)] ImmutableArray<string> HintsUsed,
    [property: Id(16)] ImmutableArray<string> BlindAlleys,
    [property: Id(17)] ImmutableArray<Lesson> Lessons,
    [property: Id(18)] ImmutableArray<CriterionCheck> Resolution,
    [property: Id(30)] TimeToAssemble? Assembly = null,
    [property: Id(40)] Communication? Communication = null)
{
    // Init properties rather than optional parameters: a default ImmutableArray cannot be written as JSON (the OpenAPI
    // document shows parameter defaults), and a debrief stored before they existed reads back with them empty.
    [Id(260)]
    public ImmutableArray<TruthCurve> TruthCurves { get; init; } = [];

    [Id(261)]
    public ImmutableArray<string> Differences { get; init; } = [];

    [Id(262)]
    public DateTimeOffset? ClockStart { get; init; }
}
