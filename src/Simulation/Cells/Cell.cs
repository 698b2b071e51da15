using System.Collections.Immutable;
using PracticePlatform.Simulation.Alarms;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Tools;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Simulation.Cells;

/// <summary>
/// One isolated staging environment built from a scenario and a seed. A pure function of (scenario version, seed,
/// action log): one <see cref="Tick"/> simulates one second; commands and instigator actions are logged with the
/// second they happened at, and <c>Replay</c> rebuilds an identical cell from that log (from second 0, or from a
/// <see cref="Snapshots.CellSnapshot"/> of the complete state plus the actions logged after it).
/// Not thread-safe: one caller at a time (the session grain's turn).
/// </summary>
public sealed partial class Cell
{
    private readonly CellState _state;
    private readonly AlarmEvaluator _alarms;
    private readonly ResolutionTracker _resolution;
    private readonly StakeholderDesk _stakeholders;
    private readonly List<CellAction> _actions = [];
    private (long Second, int Actions, string Value)? _digest;

    private Cell(Scenario scenario, ulong seed)
    {
        Scenario = scenario;
        Seed = seed;
        var topology = Topology.For(scenario);
        _state = new CellState(topology, seed);
        _alarms = new AlarmEvaluator(topology);
        _resolution = new ResolutionTracker(topology);
        _state.Alarms = _alarms;
        _state.Resolution = _resolution;
        _stakeholders = new StakeholderDesk(topology, _alarms);
        _state.Stakeholders = _stakeholders;
    }

    public Scenario Scenario { get; }

    public ulong Seed { get; }

    /// <summary>Simulated seconds since the cell started: the next second a tick will simulate.</summary>
    public long Now => _state.Now;

    public IReadOnlyList<CellAction> Actions => _actions;

    public bool IsRestored => _resolution.IsRestored;

    /// <summary>The monitoring dependency that is down now (alarms and metrics are blind), or null when monitoring works.</summary>
    public string? MonitoringDown => _state.MonitoringDownBecause();

    /// <summary>The simulated second monitoring went blind, or null while it sees: charts show nothing from then on.</summary>
    public long? MonitoringBlindSince => _state.MonitoringBlindSince < 0 ? null : _state.MonitoringBlindSince;

    /// <summary>The current state of every alarm rule.</summary>
    public IReadOnlyList<AlarmState> Alarms => _alarms.States();

    public IReadOnlyList<FaultView> Faults => [.. _state.Faults.Select(f => f.ToView())];

    internal CellState State => _state;

    public static Cell Create(Scenario scenario, ulong seed) => new(scenario, seed);

    /// <summary>Rebuilds a cell by replaying <paramref name="actions"/> (in order) and ticking until <paramref name="untilSecond"/>.</summary>
    public static Cell Replay(Scenario scenario, ulong seed, IEnumerable<CellAction> actions, long untilSecond)
    {
        var cell = Create(scenario, seed);
        foreach (var action in actions)
        {
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

    /// <summary>Simulates one second.</summary>
    public void Tick() => _state.Tick();

    /// <summary>Ticks until <see cref="Now"/> reaches <paramref name="second"/>.</summary>
    public void RunUntil(long second)
    {
        while (_state.Now < second)
        {
            _state.Tick();
        }
    }

    /// <summary>Runs a responder's (or instigator's) command line against the cell. Never throws on bad input.</summary>
    public CommandResult Execute(string commandLine, string actor = "responder")
    {
        commandLine ??= "";
        _actions.Add(new CellAction(Now, CellActionKind.Command, commandLine, actor));
        return CommandInterpreter.Run(_state, commandLine);
    }

    /// <summary>Instigator: starts the scenario's inject <paramref name="injectId"/> now.</summary>
    public CommandResult Inject(string injectId, string actor = "instigator")
    {
        _actions.Add(new CellAction(Now, CellActionKind.Inject, injectId, actor));
        return _state.Inject(injectId) is { } problem ? CommandResult.Fail(problem) : CommandResult.Changed($"injected {injectId}");
    }

    /// <summary>Instigator: reverts the fault started by inject <paramref name="faultId"/>.</summary>
    public CommandResult Revert(string faultId, string actor = "instigator")
    {
        _actions.Add(new CellAction(Now, CellActionKind.Revert, faultId, actor));
        return _state.Revert(faultId) is { } problem ? CommandResult.Fail(problem) : CommandResult.Changed($"reverted {faultId}");
    }

    /// <summary>Instigator's kill switch: clears every fault and restores the cell to health.</summary>
    public CommandResult ClearAllFaults(string actor = "instigator")
    {
        _actions.Add(new CellAction(Now, CellActionKind.ClearAllFaults, "", actor));
        _state.ClearAll();
        return CommandResult.Changed("all faults cleared; cell restored");
    }

    /// <summary>Alarm firings and clearings at or after <paramref name="second"/>, in order.</summary>
    public IReadOnlyList<AlarmEvent> AlarmEventsSince(long second)
    {
        var events = _alarms.Events;
        var lo = 0;
        var hi = events.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (events[mid].Second < second)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return events.GetRange(lo, events.Count - lo);
    }

    /// <summary>The scenario's stakeholder messages that arrived so far, in order of arrival.</summary>
    public IReadOnlyList<StakeholderArrival> StakeholderArrivals => _stakeholders.Arrivals;

    public CellHealth Health => HealthSnapshot.Of(_state);

    /// <summary>
    /// Per-minute values of <paramref name="metric"/> over the last hour for an instance, or averaged over the
    /// instances of a service (or host, datacenter, database). Empty for an unknown target.
    /// </summary>
    public ImmutableArray<MetricPoint> MetricSeries(string target, MetricKind metric)
    {
        var instances = _state.Topology.InstancesOf(target);
        var ring = _state.Metrics;
        if (instances.Length == 0)
        {
            return [];
        }

        var first = Math.Max(0, ring.CompletedMinutes - MetricRing.Minutes);
        var points = ImmutableArray.CreateBuilder<MetricPoint>((int)(ring.CompletedMinutes - first));
        for (var minute = first; minute < ring.CompletedMinutes; minute++)
        {
            var sum = 0.0;
            foreach (var i in instances)
            {
                sum += ring.Value(i, metric, minute);
            }

            points.Add(new MetricPoint(minute, sum / instances.Length));
        }

        return points.MoveToImmutable();
    }

    /// <summary>The last <paramref name="tail"/> JSON log lines of an instance within <paramref name="since"/>, made on demand.</summary>
    public IReadOnlyList<string> Logs(string instance, TimeSpan since, string? grep = null, int tail = 100)
    {
        var index = _state.Topology.InstanceIndex(instance);
        return index < 0 ? [] : LogGenerator.Lines(_state, index, (long)since.TotalSeconds, grep, null, Math.Clamp(tail, 1, 10_000));
    }

    public GroundTruth GroundTruth => GroundTruthCalculator.Compute(_state);

    /// <summary>Per request type, the last hour's completed 10-second buckets (for charts finer than the minutes).</summary>
    public ImmutableArray<RequestTypeTenSeconds> TenSecondTruth
    {
        get
        {
            var ring = _state.Truth.TenSeconds;
            var types = _state.Topology.RequestTypes;
            var series = ImmutableArray.CreateBuilder<RequestTypeTenSeconds>(types.Length);
            for (var r = 0; r < types.Length; r++)
            {
                var buckets = ImmutableArray.CreateBuilder<TenSecondTruth>((int)(ring.Completed - ring.First));
                for (var b = ring.First; b < ring.Completed; b++)
                {
                    var (attempted, failed, p99) = ring.At(r, b);
                    buckets.Add(new TenSecondTruth(b * TenSecondRing.Seconds, attempted, failed, attempted > failed ? p99 : null));
                }

                series.Add(new RequestTypeTenSeconds(types[r].Id, buckets.MoveToImmutable()));
            }

            return series.MoveToImmutable();
        }
    }

    /// <summary>The wall-clock time the cell's tools print for a simulated second (ISO 8601, UTC), e.g. in <c>date</c> and logs.</summary>
    public static string ToolClock(long second) => SimulatedClock.Iso(second);

    /// <summary>Each resolution criterion, whether it is met and how far from it the cell is (secret: instigators only, until the debrief).</summary>
    public ImmutableArray<ResolutionProgress> ResolutionReport => [.. _resolution.Report(_state)];

    /// <summary>
    /// Hex of a stable hash over the full state: equal for equal (scenario version, seed, action log). Hashed once per
    /// state, not per read: the state changes only by a tick (<see cref="Now"/> moves) or a logged action, so the
    /// digest taken at the same second and action count is still the state's.
    /// </summary>
    public string Digest
    {
        get
        {
            if (_digest is not { } known || known.Second != Now || known.Actions != _actions.Count)
            {
                known = (Now, _actions.Count, CellDigest.Of(_state, _alarms, _resolution, _stakeholders, _actions.Count));
                _digest = known;
                DigestsComputed++;
            }
            return known.Value;
        }
    }

    /// <summary>How many times this cell hashed its state, so tests can tell that reading the digest does not.</summary>
    internal int DigestsComputed { get; private set; }

    private void Apply(CellAction action)
    {
        _ = action.Kind switch
        {
            CellActionKind.Command => Execute(action.Argument, action.Actor),
            CellActionKind.Inject => Inject(action.Argument, action.Actor),
            CellActionKind.Revert => Revert(action.Argument, action.Actor),
            _ => ClearAllFaults(action.Actor),
        };
    }
}
