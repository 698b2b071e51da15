using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Scenarios;
using PracticePlatform.Simulation.Alarms;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Grains.Cells;

/// <summary>
/// See <see cref="ICellGrain"/>. The pace is anchored at (wall time, second) whenever it changes, and the anchor is
/// persisted: a cell collected or restarted while paced catches up to the clock on its next call, so its second
/// stays a function of the clock and no caller has to keep it in memory. Every <see cref="SnapshotEverySeconds"/>
/// simulated seconds it also persists a snapshot of the simulator (in its own state, after the action log), so an
/// activation restores the snapshot and replays only what came after it instead of every second since 0.
/// </summary>
public sealed class CellGrain(
    [PersistentState("cell")] IPersistentState<CellState> state,
    [PersistentState("cellSnapshot")] IPersistentState<CellSnapshotState> snapshot,
    TimeProvider timeProvider,
    ILogger<CellGrain> logger) : Grain, ICellGrain
{
    /// <summary>How many simulated seconds pass between two persisted snapshots (10 minutes).</summary>
    public const long SnapshotEverySeconds = 600;

    private const int PersistEverySeconds = 15;
    private const double MaxSpeed = 100;

    private Cell? _cell;
    private long _snapshotSecond;
    private DateTimeOffset _anchorWall;
    private long _anchorSecond;

    private CellState S => state.State;

    private Cell Live => _cell ?? throw new SessionRuleException("The session's cell has not been built yet.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists)
        {
            return;
        }
        var scenario = await PlayedScenarioAsync();
        _cell = FromSnapshot(scenario) ?? FullReplay(scenario);
        if (S.AnchorWall == default)
        {
            Anchor();
        }
        else
        {
            _anchorWall = S.AnchorWall;
            _anchorSecond = S.AnchorSecond;
        }
        CellInstruments.CellActivated(S.Speed);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_cell is not null)
        {
            CellInstruments.CellDeactivated(S.Speed);
        }
        return Task.CompletedTask;
    }

    public async Task<CellStatus> CreateAsync(string scenarioId, ulong seed, bool injectsByHand)
    {
        if (state.RecordExists)
        {
            return Status(int.MaxValue, withDigest: true);
        }
        S.ScenarioId = scenarioId;
        S.InjectsByHand = injectsByHand;
        var scenario = await PlayedScenarioAsync();
        _cell = Cell.Create(scenario, seed);
        S.Seed = seed;
        S.Speed = 0;
        Anchor();
        CellInstruments.CellActivated(0);
        await SaveAsync();
        return Status(int.MaxValue, withDigest: true);
    }

    public async Task<CellStatus> PaceAsync(double speed)
    {
        if (double.IsNaN(speed) || speed < 0 || speed > MaxSpeed)
        {
            throw new SessionArgumentException($"The speed must be between 0 (frozen) and {MaxSpeed}; {speed} is not.");
        }
        CatchUp();
        CellInstruments.CellPaceChanged(S.Speed, speed);
        S.Speed = speed;
        Anchor();
        await SaveAsync();
        return Status(int.MaxValue, withDigest: true);
    }

    public async Task<CellStatus> PollAsync(int alarmEventsSeen, bool withDigest)
    {
        CatchUp();
        if (Live.Now - S.Second >= PersistEverySeconds)
        {
            await SaveAsync();
        }
        return Status(alarmEventsSeen, withDigest);
    }

    public Task<CommandResult> ExecuteAsync(string commandLine, string actor) => ActAsync(cell => cell.Execute(commandLine, actor));

    public Task<CommandResult> ReadAsync(string commandLine)
    {
        CatchUp();
        return Task.FromResult(Live.Read(commandLine));
    }

    public Task<CommandResult> InjectAsync(string injectId, string actor) =>
        ActAsync(cell => cell.Scenario.Injects.Any(i => i.Id == injectId)
            ? cell.Inject(injectId, actor)
            : throw new SessionNotFoundException($"Scenario {cell.Scenario.Id} has no inject '{injectId}'."));

    public Task<CommandResult> RevertAsync(string faultId, string actor) =>
        ActAsync(cell => cell.Faults.Any(f => f.Id == faultId)
            ? cell.Revert(faultId, actor)
            : throw new SessionNotFoundException($"No fault '{faultId}' was injected in this session."));

    public Task<CommandResult> ClearAllFaultsAsync(string actor) => ActAsync(cell => cell.ClearAllFaults(actor));

    public Task<ImmutableArray<CellAction>> ActionsSinceAsync(int count) =>
        Task.FromResult<ImmutableArray<CellAction>>([.. Live.Actions.Skip(count)]);

    public Task<ImmutableArray<AlarmState>> AlarmsAsync()
    {
        CatchUp();
        return Task.FromResult<ImmutableArray<AlarmState>>([.. Live.Alarms]);
    }

    public Task<CellMetrics> MetricsAsync()
    {
        CatchUp();
        return Task.FromResult(new CellMetrics(Live.Health, CellCharts.Of(Live)));
    }

    public Task<CellTruth> TruthAsync()
    {
        CatchUp();
        var report = Live.ResolutionReport.Select(r => new CriterionCheck(r.Criterion.ToYaml(), r.Met, r.Progress)).ToImmutableArray();
        return Task.FromResult(new CellTruth(Live.GroundTruth, Live.IsRestored, [.. Live.Faults], report));
    }

    public Task<int> UnmetResolutionCountAsync()
    {
        CatchUp();
        return Task.FromResult(Live.ResolutionReport.Count(r => !r.Met));
    }

    private async Task<CommandResult> ActAsync(Func<Cell, CommandResult> action)
    {
        CatchUp();
        var result = action(Live);
        await SaveAsync();
        return result;
    }

    /// <summary>Brings the cell to the second the clock and the pace say, and records how late the ticks ran.</summary>
    private void CatchUp()
    {
        if (_cell is null || S.Speed == 0)
        {
            return;
        }
        var elapsed = timeProvider.GetUtcNow() - _anchorWall;
        var target = _anchorSecond + (long)Math.Floor(elapsed.TotalSeconds * S.Speed);
        if (target <= _cell.Now)
        {
            return;
        }
        // The oldest pending second fell due (Now + 1 - anchor) / speed seconds after the anchor.
        var dueAt = TimeSpan.FromSeconds((_cell.Now + 1 - _anchorSecond) / S.Speed);
        _cell.RunUntil(target);
        CellInstruments.RecordTickLag((elapsed - dueAt).TotalMilliseconds);
    }

    private void Anchor()
    {
        _anchorWall = S.AnchorWall = timeProvider.GetUtcNow();
        _anchorSecond = S.AnchorSecond = _cell?.Now ?? 0;
    }

    private CellStatus Status(int alarmEventsSeen, bool withDigest)
    {
        var cell = Live;
        var events = cell.AlarmEventsSince(0);
        var fresh = alarmEventsSeen >= events.Count ? [] : events.Skip(alarmEventsSeen).ToImmutableArray();
        return new CellStatus(cell.Now, withDigest ? cell.Digest : null, S.Speed, cell.IsRestored, [.. cell.Faults], fresh, events.Count, cell.Actions.Count, [.. cell.StakeholderArrivals]);
    }

    /// <summary>
    /// Restores the latest snapshot and replays the actions logged after it, or null (logged) when there is none or
    /// it does not fit the persisted log: refused as damaged or foreign, ahead of the log, or ending at another digest.
    /// </summary>
    private Cell? FromSnapshot(Scenario scenario)
    {
        if (snapshot.State.Bytes is not { } bytes)
        {
            return null;
        }
        try
        {
            var cell = Cell.Replay(scenario, S.Seed, CellSnapshot.Parse(bytes), S.Actions, S.Second);
            if (S.Digest is { } digest && digest != cell.Digest)
            {
                logger.LogWarning("Cell {Cell}: replaying from the snapshot of second {Snapshot} gave digest {Replayed}, not the stored {Stored}; replaying in full.",
                    this.GetPrimaryKey(), snapshot.State.Second, cell.Digest, digest);
                CellInstruments.SnapshotRefused();
                return null;
            }
            _snapshotSecond = snapshot.State.Second;
            CellInstruments.CellRebuilt(fromSnapshot: true);
            return cell;
        }
        catch (CellSnapshotException refused)
        {
            logger.LogWarning("Cell {Cell}: the snapshot of second {Snapshot} was refused ({Reason}); replaying in full.",
                this.GetPrimaryKey(), snapshot.State.Second, refused.Message);
            CellInstruments.SnapshotRefused();
            return null;
        }
    }

    private Cell FullReplay(Scenario scenario)
    {
        var cell = Cell.Replay(scenario, S.Seed, S.Actions, S.Second);
        if (S.Digest is { } digest && digest != cell.Digest)
        {
            logger.LogError("Cell {Cell}: the replayed digest {Replayed} differs from the stored {Stored}.", this.GetPrimaryKey(), cell.Digest, digest);
        }
        CellInstruments.CellRebuilt(fromSnapshot: false);
        return cell;
    }

    /// <summary>The action log first (the source of truth), then, once per interval, a snapshot that fits it.</summary>
    private async Task SaveAsync()
    {
        S.Actions = [.. Live.Actions];
        S.Second = Live.Now;
        S.Digest = Live.Digest;
        await state.WriteStateAsync();
        if (Live.Now - _snapshotSecond >= SnapshotEverySeconds)
        {
            var taken = Live.Snapshot();
            snapshot.State.Bytes = taken.ToArray();
            snapshot.State.Second = taken.Second;
            snapshot.State.ActionCount = taken.ActionCount;
            await snapshot.WriteStateAsync();
            _snapshotSecond = taken.Second;
            CellInstruments.RecordSnapshot(taken.Length);
        }
    }

    /// <summary>The scenario as this cell plays it.</summary>
    private Task<Scenario> PlayedScenarioAsync() => ScenarioModels.PlayedAsync(GrainFactory, S.ScenarioId, S.InjectsByHand);
}
