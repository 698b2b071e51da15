using System.Collections.Immutable;
using PracticePlatform.Simulation.Alarms;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Cells;

/// <summary>
/// One session's staging cell, keyed by the session's id. Owns the simulator instance and paces it from the clock
/// (one simulated second per second times <c>speed</c>; speed 0 freezes it). Every call first brings the cell to
/// the second the clock says, so its state is a function of the clock however late a caller comes. Persists the
/// ordered action log, the second and the digest, and every 10 simulated minutes a snapshot of the simulator in a
/// separate state; on activation it restores the latest snapshot that fits the log, replays only the actions and
/// seconds after it (or, without a usable snapshot, the whole log from second 0) and checks the digest.
/// Only its session calls it.
/// </summary>
[Alias("practice.ICellGrain")]
public interface ICellGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Builds the cell from the scenario and seed, frozen at second 0; with <paramref name="injectsByHand"/> no inject
    /// starts by the scenario's script, only when an instigator injects it.
    /// </summary>
    Task<CellStatus> CreateAsync(string scenarioId, ulong seed, bool injectsByHand);

    /// <summary>Sets the pace: 0 freezes the cell, 1 is live, up to 100 for drills.</summary>
    Task<CellStatus> PaceAsync(double speed);

    /// <summary>
    /// The cell now, with the alarm events after the first <paramref name="alarmEventsSeen"/>; the digest (a hash
    /// over the whole state, the costliest part of a poll) only when <paramref name="withDigest"/>.
    /// </summary>
    Task<CellStatus> PollAsync(int alarmEventsSeen, bool withDigest);

    /// <summary>A responder's tool command or remediation.</summary>
    Task<CommandResult> ExecuteAsync(string commandLine, string actor);

    /// <summary>
    /// A reading command (see <c>Cell.EffectOf</c> in the simulator) on the cell as it stands: nothing is logged or
    /// saved, so the state and digest stay as they were. For a paused practice, whose cell must not change.
    /// </summary>
    Task<CommandResult> ReadAsync(string commandLine);

    /// <summary>An instigator starts one of the scenario's injects.</summary>
    Task<CommandResult> InjectAsync(string injectId, string actor);

    /// <summary>An instigator reverts an injected fault.</summary>
    Task<CommandResult> RevertAsync(string faultId, string actor);

    /// <summary>The kill switch: clears every fault and restores the cell.</summary>
    Task<CommandResult> ClearAllFaultsAsync(string actor);

    /// <summary>The action log after its first <paramref name="count"/> entries.</summary>
    Task<ImmutableArray<CellAction>> ActionsSinceAsync(int count);

    /// <summary>The alarm rules' states now.</summary>
    Task<ImmutableArray<AlarmState>> AlarmsAsync();

    /// <summary>Health now and per-minute series for charts.</summary>
    Task<CellMetrics> MetricsAsync();

    /// <summary>
    /// How many resolution criteria are not met now. Only the count: responders are warned with it when they declare
    /// restoration early, and the criteria stay secret until the debrief (which reads them from <see cref="TruthAsync"/>).
    /// </summary>
    Task<int> UnmetResolutionCountAsync();

    /// <summary>The ground truth and the resolution report: secrets, for the debrief only.</summary>
    Task<CellTruth> TruthAsync();
}
