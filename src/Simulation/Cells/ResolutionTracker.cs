using PracticePlatform.Simulation.Alarms;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Cells;

/// <summary>Tracks since when each of the scenario's resolution criteria has held; restored when all hold long enough.</summary>
internal sealed class ResolutionTracker
{
    private readonly ResolutionCriterion[] _criteria;
    private readonly int[] _target;
    private readonly long[] _holdingSince;

    public ResolutionTracker(Topology topology)
    {
        _criteria = [.. topology.Scenario.Resolution];
        _target = new int[_criteria.Length];
        _holdingSince = new long[_criteria.Length];
        Array.Fill(_holdingSince, -1);
        for (var k = 0; k < _criteria.Length; k++)
        {
            _target[k] = _criteria[k].Target != "*" && topology.TryFind(_criteria[k].Target, out _, out var index) ? index : -1;
        }
    }

    public bool IsRestored { get; private set; }

    public void Evaluate(CellState cell)
    {
        var all = _criteria.Length > 0;
        for (var k = 0; k < _criteria.Length; k++)
        {
            if (Holds(cell, k))
            {
                if (_holdingSince[k] < 0)
                {
                    _holdingSince[k] = cell.Now;
                }

                all &= cell.Now - _holdingSince[k] >= (long)_criteria[k].For.TotalSeconds;
            }
            else
            {
                _holdingSince[k] = -1;
                all = false;
            }
        }

        IsRestored = all;
    }

    /// <summary>Each criterion, whether it is met, and how far the cell is from it (secret until the debrief).</summary>
    public IEnumerable<ResolutionProgress> Report(CellState cell)
    {
        for (var k = 0; k < _criteria.Length; k++)
        {
            var required = (long)_criteria[k].For.TotalSeconds;
            // Counted as Evaluate counts it, at the last second simulated (Now - 1), so that all met is IsRestored.
            var held = _holdingSince[k] >= 0 ? cell.Now - 1 - _holdingSince[k] : -1;
            yield return new ResolutionProgress(_criteria[k], held >= required, ResolutionProgressText.Of(cell, _criteria[k], _target[k], held));
        }
    }

    public void Write(SnapshotWriter writer)
    {
        writer.Write(_holdingSince);
        writer.Write(IsRestored);
    }

    public void Read(SnapshotReader reader)
    {
        reader.Into(_holdingSince);
        IsRestored = reader.Bool();
    }

    public void Digest(ref Randomness.StableHash hash)
    {
        foreach (var since in _holdingSince)
        {
            hash.Add(since);
        }
    }

    private bool Holds(CellState cell, int k)
    {
        var criterion = _criteria[k];
        var target = _target[k];
        switch (criterion.Kind)
        {
            case ResolutionKind.AllOnline:
                for (var i = 0; i < cell.Instances.Length; i++)
                {
                    if ((target < 0 || cell.Topology.InstanceService[i] == target)
                        && (cell.Instances[i].Process != ProcessState.Online || !cell.Instances[i].InRotation))
                    {
                        return false;
                    }
                }

                return true;
            case ResolutionKind.ErrorRateBelow:
                return AlarmEvaluator.SmoothedFailShare(cell, target) < criterion.Threshold;
            case ResolutionKind.LatencyBelow:
                return AlarmEvaluator.SmoothedP99(cell, target) < criterion.Threshold;
            case ResolutionKind.FaultCleared:
                var seen = false;
                foreach (var fault in cell.Faults)
                {
                    if (fault.Id == criterion.Target)
                    {
                        seen = true;
                        if (fault.Status == FaultStatus.Active)
                        {
                            return false;
                        }
                    }
                }

                return seen || !cell.IsPending(criterion.Target);
            case ResolutionKind.PrimaryIn:
                var primary = cell.Databases[target].Primary;
                return primary >= 0 && cell.IsUp(primary) && cell.Topology.Datacenter(primary) == criterion.Datacenter;
            case ResolutionKind.NoLostWrites:
                return cell.Databases[target].LostWrites == 0;
            case ResolutionKind.AllReplicating:
                return cell.NotReplicating(target) < 0;
            default:
                var db = cell.Databases[target];
                return db.Primary >= 0 && cell.IsUp(db.Primary)
                    && (cell.Topology.Databases[target].Sync is null || (db.Sync >= 0 && cell.IsUp(db.Sync) && cell.Instances[db.Sync].Lag <= criterion.Threshold));
        }
    }
}
