using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Cells;

/// <summary>
/// A cell's past, to look at any second of it again: the action log plus a snapshot (checkpoint) at every multiple of
/// <see cref="Every"/> simulated seconds, taken on the way forward. A second is answered from the checkpoint at or
/// before it, replaying at most <see cref="Every"/> seconds and the actions logged in them, so its cost does not
/// grow with the session's length. The log only grows at its end (actions at or after the live second), which is
/// why a checkpoint taken up to the live second stays valid as the session goes on.
/// Not thread-safe: one caller at a time.
/// </summary>
public sealed class CellHistory
{
    private readonly List<CellAction> _log = [];
    private readonly List<CellSnapshot> _checkpoints = [];

    public CellHistory(Scenario scenario, ulong seed, long every)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        Scenario = scenario;
        Seed = seed;
        Every = every;
    }

    public Scenario Scenario { get; }

    public ulong Seed { get; }

    /// <summary>Simulated seconds between two checkpoints.</summary>
    public long Every { get; }

    /// <summary>How many actions of the log are known.</summary>
    public int ActionCount => _log.Count;

    /// <summary>How many checkpoints are kept.</summary>
    public int CheckpointCount => _checkpoints.Count;

    /// <summary>The bytes the checkpoints hold together.</summary>
    public long CheckpointBytes => _checkpoints.Sum(c => (long)c.Length);

    /// <summary>
    /// Adds actions logged after the ones known, in order. An action before the latest checkpoint would contradict
    /// it (the log only grows at the live second), so it is refused.
    /// </summary>
    public void Append(IEnumerable<CellAction> actions)
    {
        foreach (var action in actions)
        {
            var last = _checkpoints.Count == 0 ? 0 : _checkpoints[^1].Second;
            if (action.Second < last || (_log.Count > 0 && action.Second < _log[^1].Second))
            {
                throw new ArgumentException($"Action at second {action.Second} is before the history's end (second {Math.Max(last, _log.Count > 0 ? _log[^1].Second : 0)}).", nameof(actions));
            }

            _log.Add(action);
        }
    }

    /// <summary>
    /// The cell as it was at <paramref name="second"/> (its <c>Now</c>), with every known action up to and including
    /// that second applied. The caller must know the log up to <paramref name="second"/>: checkpoints up to it are
    /// kept for later calls.
    /// </summary>
    public Cell At(long second)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(second);
        var wanted = (int)(second / Every);
        while (_checkpoints.Count <= wanted)
        {
            var at = _checkpoints.Count * Every;
            var cell = _checkpoints.Count == 0
                ? Cell.Replay(Scenario, Seed, _log, at)
                : Cell.Replay(Scenario, Seed, _checkpoints[^1], _log, at);
            _checkpoints.Add(cell.Snapshot());
        }

        return Cell.Replay(Scenario, Seed, _checkpoints[wanted], _log, second);
    }
}
