using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Cells;

/// <summary>Snapshots: the complete state at a second, and a cell rebuilt from one without simulating from second 0.</summary>
public sealed partial class Cell
{
    /// <summary>Captures the complete state now: model, alarms, resolution tracking, faults, random streams and the action log.</summary>
    public CellSnapshot Snapshot()
    {
        var writer = new SnapshotWriter();
        _state.Write(writer);
        _alarms.Write(writer);
        _resolution.Write(writer);
        _stakeholders.Write(writer);
        writer.Write(_actions.Count);
        foreach (var action in _actions)
        {
            writer.Write(action.Second);
            writer.Write((int)action.Kind);
            writer.Write(action.Argument);
            writer.Write(action.Actor);
        }

        return CellSnapshot.Create(Scenario.Id, Scenario.Version, Seed, Now, _actions.Count, writer.ToArray());
    }

    /// <summary>
    /// The cell exactly as it was when <paramref name="snapshot"/> was taken. Throws <see cref="CellSnapshotException"/>
    /// when the snapshot is for another scenario id or version, or its payload does not fit this scenario's cell.
    /// </summary>
    public static Cell Restore(Scenario scenario, CellSnapshot snapshot)
    {
        if (snapshot.ScenarioId != scenario.Id || snapshot.ScenarioVersion != scenario.Version)
        {
            throw new CellSnapshotException(
                $"the snapshot is of scenario {snapshot.ScenarioId} version {snapshot.ScenarioVersion}, not {scenario.Id} version {scenario.Version}");
        }

        var cell = new Cell(scenario, snapshot.Seed);
        var reader = new SnapshotReader(snapshot.Buffer, snapshot.PayloadOffset, snapshot.PayloadLength);
        cell._state.Read(reader);
        cell._alarms.Read(reader);
        cell._resolution.Read(reader);
        cell._stakeholders.Read(reader);
        var count = reader.Count(17);
        for (var k = 0; k < count; k++)
        {
            var second = reader.Long();
            var kind = reader.Enum<CellActionKind>();
            cell._actions.Add(new CellAction(second, kind, reader.String(), reader.String()));
        }

        if (!reader.AtEnd || cell.Now != snapshot.Second || count != snapshot.ActionCount)
        {
            throw new CellSnapshotException("the snapshot's payload does not match its header");
        }

        return cell;
    }

    /// <summary>
    /// Like <see cref="Replay(Scenario, ulong, IEnumerable{CellAction}, long)"/>, but starts from <paramref name="snapshot"/>
    /// and applies only the actions logged after it. Throws <see cref="CellSnapshotException"/> when the snapshot does
    /// not fit: another scenario or seed, later than <paramref name="untilSecond"/>, or not a prefix of <paramref name="actions"/>.
    /// </summary>
    public static Cell Replay(Scenario scenario, ulong seed, CellSnapshot snapshot, IReadOnlyList<CellAction> actions, long untilSecond)
    {
        if (snapshot.Seed != seed)
        {
            throw new CellSnapshotException($"the snapshot is of seed {snapshot.Seed}, not {seed}");
        }

        if (snapshot.Second > untilSecond || snapshot.ActionCount > actions.Count)
        {
            throw new CellSnapshotException(
                $"the snapshot (second {snapshot.Second}, {snapshot.ActionCount} actions) is ahead of the log (second {untilSecond}, {actions.Count} actions)");
        }

        var cell = Restore(scenario, snapshot);
        for (var k = 0; k < snapshot.ActionCount; k++)
        {
            if (cell._actions[k] != actions[k])
            {
                throw new CellSnapshotException($"the snapshot's action {k} differs from the log's");
            }
        }

        for (var k = snapshot.ActionCount; k < actions.Count; k++)
        {
            var action = actions[k];
            if (action.Second < snapshot.Second)
            {
                throw new CellSnapshotException($"the log's action {k} (second {action.Second}) is before the snapshot's second {snapshot.Second}");
            }

            if (action.Second > untilSecond)
            {
                break;
            }

            cell.RunUntil(action.Second);
            cell.Apply(action);
        }

        cell.RunUntil(untilSecond);
        return cell;
    }
}
