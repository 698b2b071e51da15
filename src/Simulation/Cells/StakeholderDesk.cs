using PracticePlatform.Simulation.Alarms;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Snapshots;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Simulation.Cells;

/// <summary>
/// Decides, every second, which of the scenario's stakeholder messages arrive: at their time, or once their condition
/// (an alarm's first firing, the impact's start) has held since <c>after</c>. The impact starts, as in the ground
/// truth, with the first minute whose failed share exceeds the baseline; it is known when that minute ends. Part of
/// the cell's state (snapshot and digest), so arrivals are a function of scenario, seed and action log.
/// </summary>
internal sealed class StakeholderDesk
{
    private readonly StakeholderSpec[] _messages;
    private readonly int[] _alarmRule;
    private readonly long[] _conditionAt;
    private readonly bool[] _arrived;
    private readonly AlarmEvaluator _alarms;
    private readonly bool _watchImpact;
    private long _impactSeenAt = -1;

    public StakeholderDesk(Topology topology, AlarmEvaluator alarms)
    {
        _alarms = alarms;
        _messages = [.. topology.Scenario.Stakeholders];
        var rules = topology.Scenario.AlarmRules;
        _alarmRule = new int[_messages.Length];
        _conditionAt = new long[_messages.Length];
        _arrived = new bool[_messages.Length];
        for (var k = 0; k < _messages.Length; k++)
        {
            var trigger = _messages[k].Trigger;
            _alarmRule[k] = -1;
            for (var r = 0; r < rules.Length; r++)
            {
                if (rules[r].Id == trigger.Alarm)
                {
                    _alarmRule[k] = r;
                }
            }

            _conditionAt[k] = trigger.At is { } at ? (long)at.TotalSeconds : -1;
            _watchImpact |= trigger.ImpactStarted;
        }
    }

    /// <summary>Every arrival so far, in order.</summary>
    public List<StakeholderArrival> Arrivals { get; } = [];

    public void Evaluate(CellState cell)
    {
        if (_messages.Length == 0 || Arrivals.Count == _messages.Length)
        {
            return;
        }

        if (_watchImpact && _impactSeenAt < 0 && (cell.Now + 1) % 60 == 0 && GroundTruthCalculator.Compute(cell).ImpactStartMinute is not null)
        {
            _impactSeenAt = cell.Now;
        }

        for (var k = 0; k < _messages.Length; k++)
        {
            if (_arrived[k])
            {
                continue;
            }

            if (_conditionAt[k] < 0)
            {
                if (_alarmRule[k] >= 0 && _alarms.IsFiring(_alarmRule[k]))
                {
                    _conditionAt[k] = _alarms.ChangedAt(_alarmRule[k]);
                }
                else if (_messages[k].Trigger.ImpactStarted && _impactSeenAt >= 0)
                {
                    _conditionAt[k] = _impactSeenAt;
                }
            }

            if (_conditionAt[k] >= 0 && cell.Now >= _conditionAt[k] + (long)_messages[k].Trigger.After.TotalSeconds)
            {
                _arrived[k] = true;
                Arrivals.Add(new StakeholderArrival(cell.Now, _messages[k].Id));
            }
        }
    }

    public void Write(SnapshotWriter writer)
    {
        writer.Write(_conditionAt);
        writer.Write(_arrived);
        writer.Write(_impactSeenAt);
        writer.Write(Arrivals.Count);
        foreach (var arrival in Arrivals)
        {
            writer.Write(arrival.Second);
            writer.Write(arrival.Id);
        }
    }

    public void Read(SnapshotReader reader)
    {
        reader.Into(_conditionAt);
        reader.Into(_arrived);
        _impactSeenAt = reader.Long();
        Arrivals.Clear();
        var count = reader.Count(12);
        for (var k = 0; k < count; k++)
        {
            Arrivals.Add(new StakeholderArrival(reader.Long(), reader.String()));
        }
    }

    /// <summary>Adds nothing for a scenario without stakeholder messages, so its digests stay as they were.</summary>
    public void Digest(ref Randomness.StableHash hash)
    {
        if (_messages.Length == 0)
        {
            return;
        }

        foreach (var at in _conditionAt)
        {
            hash.Add(at);
        }

        hash.Add(_impactSeenAt);
        hash.Add(Arrivals.Count);
    }
}
