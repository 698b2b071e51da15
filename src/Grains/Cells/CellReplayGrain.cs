using Microsoft.Extensions.Logging;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Grains.Scenarios;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Grains.Cells;

/// <summary>
/// See <see cref="ICellReplayGrain"/>. Holds a <see cref="CellHistory"/> in memory: a 4-hour session of the largest
/// scenario takes about 11 MB of checkpoints every <see cref="CheckpointEverySeconds"/>, and any second answers in a
/// millisecond or so, its p99 well under 50 ms (practice.replay_ms). Nothing is persisted: the history is a pure
/// function of the scenario, the seed and the cell grain's action log, so a new activation builds it again (1-2 s for
/// 4 hours). Collected after 10 idle minutes rather than Orleans's default 15, since the memory is only for scrubbing.
/// </summary>
[CollectionAgeLimit(Minutes = 10)]
public sealed class CellReplayGrain(ILogger<CellReplayGrain> logger) : Grain, ICellReplayGrain
{
    /// <summary>Simulated seconds between two checkpoints: at most this many seconds are replayed per answer.</summary>
    public const long CheckpointEverySeconds = 120;

    private CellHistory? _history;

    /// <summary>Whether <see cref="_history"/> plays the injects by hand.</summary>
    private bool _injectsByHand;

    public async Task<CellFrame> AtAsync(string scenarioId, ulong seed, bool injectsByHand, long second)
    {
        if (_history is null || _history.Scenario.Id != scenarioId || _history.Seed != seed || _injectsByHand != injectsByHand)
        {
            _history = await NewHistoryAsync(scenarioId, seed, injectsByHand);
        }
        var log = await GrainFactory.GetGrain<ICellGrain>(this.GetPrimaryKey()).ActionsSinceAsync(_history.ActionCount);
        Cell cell;
        try
        {
            _history.Append(log);
            cell = _history.At(second);
        }
        catch (Exception refused) when (refused is ArgumentException or CellSnapshotException)
        {
            // A log that no longer fits what was kept (the cell was rebuilt differently): start again from second 0.
            logger.LogWarning("Replay {Session}: the kept history does not fit the cell's log ({Reason}); rebuilding it.", this.GetPrimaryKey(), refused.Message);
            _history = await NewHistoryAsync(scenarioId, seed, injectsByHand);
            _history.Append(await GrainFactory.GetGrain<ICellGrain>(this.GetPrimaryKey()).ActionsSinceAsync(0));
            cell = _history.At(second);
        }
        return new CellFrame(cell.Now, cell.Health, [.. cell.Alarms], CellCharts.Of(cell));
    }

    private async Task<CellHistory> NewHistoryAsync(string scenarioId, ulong seed, bool injectsByHand)
    {
        _injectsByHand = injectsByHand;
        return new CellHistory(await ScenarioModels.PlayedAsync(GrainFactory, scenarioId, injectsByHand), seed, CheckpointEverySeconds);
    }
}
