using PracticePlatform.Contracts.Faults;
using PracticePlatform.Contracts.Participants;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// Actions a crash left off the timeline. A cell action is written by the cell before the session records it; a
/// process killed between the two writes leaves an action in the cell's log that the timeline lacks (and whose
/// caller never got an answer). The next sync finds it by count and puts it on the timeline, marked as such, so
/// the timeline, the debrief's command count and the fault history match what the cell really did. Only records are
/// repaired: a recovered command counts as no remediation, and a kill switch whose abort was cut short leaves the
/// session live with its faults cleared, for the instigator to abort again.
/// </summary>
public sealed partial class SessionGrain
{
    private const string KillSwitchText = "Kill switch: every fault cleared, the cell restored.";
    private const string RecoveredSuffix = " (done before a restart; its answer was lost)";

    /// <summary>The cell's action count at the last status seen.</summary>
    private int _cellActionCount;

    /// <summary>This turn's own cell action is on the timeline now.</summary>
    private void CellActionRecorded() => S.CellActionsRecorded = _cellActionCount;

    /// <summary>
    /// Called by syncs at the start of a turn only: between this turn's cell action and its timeline entry the
    /// cell holds one action more than the timeline, which is not a lost one.
    /// </summary>
    private async Task RecoverLostActionsAsync()
    {
        if (S.CellActionsRecorded is not { } recorded)
        {
            S.CellActionsRecorded = _cellActionCount;
            return;
        }
        if (_cellActionCount <= recorded)
        {
            return;
        }
        foreach (var action in await Cell.ActionsSinceAsync(recorded))
        {
            var (kind, text) = action.Kind switch
            {
                CellActionKind.Inject => (TimelineKind.Inject, $"inject {action.Argument}"),
                CellActionKind.Revert => (TimelineKind.Revert, $"revert {action.Argument}"),
                CellActionKind.ClearAllFaults => (TimelineKind.KillSwitch, KillSwitchText),
                _ => (TimelineKind.Command, action.Argument),
            };
            Append(action.Actor, kind, text + RecoveredSuffix, action.Second);
            if (kind == TimelineKind.Command && S.Participants.FirstOrDefault(p => p.Name == action.Actor && p.Role == ParticipantRole.Responder) is { } responder)
            {
                // The cell kept the command but not what it printed: the feed lists it without output.
                AddActivity(responder, new CommandRecord(action.Second, timeProvider.GetUtcNow(), action.Argument, true, ""));
            }

            switch (action.Kind)
            {
                case CellActionKind.Inject:
                    // Apply took the fault for the staged script's, having no one injecting in this turn.
                    var index = _unrecordedFaults.FindLastIndex(f => f.FaultId == action.Argument);
                    if (index >= 0)
                    {
                        _unrecordedFaults[index] = _unrecordedFaults[index] with { InjectedBy = action.Actor };
                    }
                    break;
                case CellActionKind.Revert:
                    // When it really happened is lost with its answer; the simulated second is the cell's.
                    await GrainFactory.GetGrain<IFaultGrain>(FaultKey.Of(Id, action.Argument)).RecordEndedAsync(action.Actor, action.Second, timeProvider.GetUtcNow(), killSwitch: false);
                    break;
                case CellActionKind.ClearAllFaults:
                    foreach (var fault in S.Faults)
                    {
                        await GrainFactory.GetGrain<IFaultGrain>(FaultKey.Of(Id, fault.Id)).RecordEndedAsync(action.Actor, action.Second, timeProvider.GetUtcNow(), killSwitch: true);
                    }
                    break;
            }
        }
        S.CellActionsRecorded = _cellActionCount;
    }
}
