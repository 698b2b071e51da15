using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// The assessment beside the ground truth, and how the group did: seconds from the first injection to the first
/// alarm (detect), to the first responder action after it (acknowledge), to the first remediation that mitigated part
/// of an active fault (mitigate, see <see cref="RemediationAttempt"/>) and to the declared restoration (resolve). Null
/// where it did not happen. <see cref="BlindAlleys"/> are the commands that failed and the remediations that changed
/// the cell but mitigated no fault; <see cref="Lessons"/> grow after the debrief is held.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.Debrief")]
public sealed record Debrief(
    string ScenarioId,
    ImpactAssessment? Assessment,
    long? ImpactStartMinute,
    long? ImpactEndMinute,
    bool ImpactOngoing,
    ImmutableArray<RequestTypeComparison> RequestTypes,
    long? InjectedAtSecond,
    long? TimeToDetectSeconds,
    long? TimeToAcknowledgeSeconds,
    long? TimeToMitigateSeconds,
    long? TimeToResolveSeconds,
    int CommandsRun,
    int HintsGiven,
    int PointersGiven,
    bool CellRestored,
    ImmutableArray<string> HintsUsed,
    ImmutableArray<string> BlindAlleys,
    ImmutableArray<Lesson> Lessons);
