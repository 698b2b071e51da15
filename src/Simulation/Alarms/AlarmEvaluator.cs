using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Alarms;

/// <summary>
/// Evaluates the scenario's alarm rules every second: a rule fires once its condition has held for its duration
/// and clears as soon as it stops holding. Error rate and latency use the smoothed per-request-type values.
/// </summary>
internal sealed class AlarmEvaluator
{
    private readonly AlarmRuleSpec[] _rules;
    private readonly int[][] _instances;
    private readonly int[] _requestType;
    private readonly long[] _holdingSince;
    private readonly bool[] _firing;
    private readonly long[] _changedAt;
    private readonly string[] _message;

    public AlarmEvaluator(Topology topology)
    {
        _rules = [.. topology.Scenario.AlarmRules];
        _instances = new int[_rules.Length][];
        _requestType = new int[_rules.Length];
        for (var k = 0; k < _rules.Length; k++)
        {
            var target = _rules[k].Target;
            _instances[k] = target == "*" ? [.. Enumerable.Range(0, topology.InstanceCount)] : topology.InstancesOf(target);
            _requestType[k] = target != "*" && topology.TryFind(target, out var type, out var index) && type == EntityType.RequestType ? index : -1;
        }

        _holdingSince = new long[_rules.Length];
        Array.Fill(_holdingSince, -1);
        _firing = new bool[_rules.Length];
        _changedAt = new long[_rules.Length];
        _message = new string[_rules.Length];
        Array.Fill(_message, "");
    }

    public List<AlarmEvent> Events { get; } = [];

    /// <summary>Whether rule <paramref name="k"/> (by its index in the scenario) is firing.</summary>
    public bool IsFiring(int k) => _firing[k];

    /// <summary>The second rule <paramref name="k"/> last fired or cleared.</summary>
    public long ChangedAt(int k) => _changedAt[k];

    public void Evaluate(CellState cell)
    {
        if (cell.MonitoringDownBecause() is not null)
        {
            // Nothing reaches the alerting system: every alarm keeps the state it had.
            return;
        }

        for (var k = 0; k < _rules.Length; k++)
        {
            var rule = _rules[k];
            var holds = Check(cell, k);
            if (!holds)
            {
                _holdingSince[k] = -1;
                if (_firing[k])
                {
                    _firing[k] = false;
                    _changedAt[k] = cell.Now;
                    // The rule's id goes beside the message wherever it is shown; the message says only what changed.
                    _message[k] = "cleared";
                    Events.Add(new AlarmEvent(cell.Now, rule.Id, rule.Severity, false, _message[k]));
                }

                continue;
            }

            if (_holdingSince[k] < 0)
            {
                _holdingSince[k] = cell.Now;
            }

            if (!_firing[k] && cell.Now - _holdingSince[k] >= (long)rule.For.TotalSeconds)
            {
                _firing[k] = true;
                _changedAt[k] = cell.Now;
                _message[k] = Detail(cell, k);
                Events.Add(new AlarmEvent(cell.Now, rule.Id, rule.Severity, true, _message[k]));
            }
            else if (_firing[k] && cell.Now % RefreshSeconds == 0)
            {
                // A firing alarm says how things are now, not only how they were when it fired.
                _message[k] = Detail(cell, k);
            }
        }
    }

    /// <summary>How often a firing alarm's message is brought up to date (the firing event keeps the first one).</summary>
    private const int RefreshSeconds = 10;

    public IReadOnlyList<AlarmState> States()
    {
        var states = new AlarmState[_rules.Length];
        for (var k = 0; k < _rules.Length; k++)
        {
            states[k] = new AlarmState(_rules[k].Id, _rules[k].Severity, _firing[k], _changedAt[k], _message[k]);
        }

        return states;
    }

    public void Write(SnapshotWriter writer)
    {
        writer.Write(_holdingSince);
        writer.Write(_firing);
        writer.Write(_changedAt);
        foreach (var message in _message)
        {
            writer.Write(message);
        }

        writer.Write(Events.Count);
        foreach (var e in Events)
        {
            writer.Write(e.Second);
            writer.Write(e.RuleId);
            writer.Write(e.Severity);
            writer.Write(e.Firing);
            writer.Write(e.Message);
        }
    }

    public void Read(SnapshotReader reader)
    {
        reader.Into(_holdingSince);
        reader.Into(_firing);
        reader.Into(_changedAt);
        for (var k = 0; k < _message.Length; k++)
        {
            _message[k] = reader.String();
        }

        Events.Clear();
        var count = reader.Count(21);
        Events.Capacity = count;
        for (var k = 0; k < count; k++)
        {
            Events.Add(new AlarmEvent(reader.Long(), reader.String(), reader.String(), reader.Bool(), reader.String()));
        }
    }

    public void Digest(ref Randomness.StableHash hash)
    {
        for (var k = 0; k < _rules.Length; k++)
        {
            hash.Add(_firing[k]);
            hash.Add(_holdingSince[k]);
        }

        hash.Add(Events.Count);
    }

    private bool Check(CellState cell, int k)
    {
        var rule = _rules[k];
        switch (rule.Kind)
        {
            case AlarmKind.ProcessDown:
                foreach (var i in _instances[k])
                {
                    if (cell.Instances[i].Process != ProcessState.Online)
                    {
                        return true;
                    }
                }

                return false;
            case AlarmKind.DiskAbove:
                foreach (var i in _instances[k])
                {
                    var used = cell.Instances[i].DiskUsedGb / cell.DiskCapacityGb(i);
                    if (used > rule.Threshold)
                    {
                        return true;
                    }
                }

                return false;
            case AlarmKind.MetricThreshold:
                foreach (var i in _instances[k])
                {
                    var value = Current(cell, i, rule.Metric ?? MetricKind.Cpu);
                    if (rule.Below ? value < rule.Threshold : value > rule.Threshold)
                    {
                        return true;
                    }
                }

                return false;
            case AlarmKind.ErrorRate:
                var share = SmoothedFailShare(cell, _requestType[k]);
                return share > rule.Threshold;
            default:
                var p99 = SmoothedP99(cell, _requestType[k]);
                return p99 > rule.Threshold;
        }
    }

    /// <summary>Why the rule holds, for the alarm message; only built when an alarm fires.</summary>
    private string Detail(CellState cell, int k)
    {
        var rule = _rules[k];
        switch (rule.Kind)
        {
            case AlarmKind.ProcessDown:
                return ProcessDownDetail(cell, rule, _instances[k]);
            case AlarmKind.DiskAbove:
            case AlarmKind.MetricThreshold:
                var metric = rule.Kind == AlarmKind.DiskAbove ? MetricKind.Disk : rule.Metric ?? MetricKind.Cpu;
                var worst = _instances[k].Length == 0 ? 0 : _instances[k].MaxBy(i => Current(cell, i, metric) * (rule.Below ? -1 : 1));
                return $"{cell.Topology.InstanceIds[worst]} {YamlMetric(metric)} = {Tools.MetricFormat.WithUnit(metric, Current(cell, worst, metric))}";
            case AlarmKind.ErrorRate:
                return $"{SmoothedFailShare(cell, _requestType[k]):P1} of {(rule.Target == "*" ? "requests" : rule.Target + " requests")} failing";
            default:
                return $"p99 latency of {rule.Target} is {SmoothedP99(cell, _requestType[k]):0} ms";
        }
    }

    /// <summary>
    /// The whole target, not its first broken instance: "3 of 6 webapi instances down: webapi-1 maintenance,
    /// webapi-3 offline, webapi-5 maintenance" (a single instance: "webapi-3 is maintenance").
    /// </summary>
    private static string ProcessDownDetail(CellState cell, AlarmRuleSpec rule, int[] instances)
    {
        var down = instances.Where(i => cell.Instances[i].Process != ProcessState.Online).ToArray();
        string State(int i) => cell.Instances[i].Process.ToString().ToLowerInvariant();
        if (down.Length == 0)
        {
            return "an instance is down";
        }

        if (instances.Length == 1)
        {
            return $"{cell.Topology.InstanceIds[down[0]]} is {State(down[0])}";
        }

        var named = string.Join(", ", down.Take(4).Select(i => $"{cell.Topology.InstanceIds[i]} {State(i)}")) + (down.Length > 4 ? $", and {down.Length - 4} more" : "");
        var what = rule.Target == "*" ? "instances" : $"{rule.Target} instances";
        return $"{down.Length} of {instances.Length} {what} down: {named}";
    }

    private static string YamlMetric(MetricKind? metric) => YamlMap.Kebab((metric ?? MetricKind.Cpu).ToString());

    internal static double Current(CellState cell, int i, MetricKind metric)
    {
        ref var instance = ref cell.Instances[i];
        return metric switch
        {
            MetricKind.Cpu => instance.Cpu,
            MetricKind.Memory => instance.MemoryMb,
            MetricKind.Disk => instance.DiskUsedGb / cell.DiskCapacityGb(i),
            MetricKind.Connections => instance.Connections,
            MetricKind.QueueDepth => instance.QueueDepth,
            MetricKind.Errors => instance.Rps * cell.ObservedErrorShare(i),
            MetricKind.LatencyMs => instance.LatencyMs,
            MetricKind.Rps => instance.Rps,
            _ => instance.Lag,
        };
    }

    internal static double SmoothedFailShare(CellState cell, int requestType)
    {
        if (requestType >= 0)
        {
            return cell.RequestTypes[requestType].SmoothedFailShare;
        }

        double weighted = 0, total = 0;
        for (var r = 0; r < cell.RequestTypes.Length; r++)
        {
            var rate = cell.Topology.RequestTypes[r].Rate;
            weighted += rate * cell.RequestTypes[r].SmoothedFailShare;
            total += rate;
        }

        return total > 0 ? weighted / total : 0;
    }

    internal static double SmoothedP99(CellState cell, int requestType)
    {
        if (requestType >= 0)
        {
            return cell.RequestTypes[requestType].SmoothedP99;
        }

        var max = 0.0;
        foreach (var type in cell.RequestTypes)
        {
            max = Math.Max(max, type.SmoothedP99);
        }

        return max;
    }
}
