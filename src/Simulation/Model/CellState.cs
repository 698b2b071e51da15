using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Randomness;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// Everything that changes in a cell. The tick is split by concern across partial files: lifecycle, traffic,
/// databases, metrics. Only arrays and lists in index order; nothing hash-ordered is ever iterated.
/// </summary>
internal sealed partial class CellState
{
    public CellState(Topology topology, ulong seed)
    {
        Topology = topology;
        Seed = seed;
        var n = topology.InstanceCount;
        Instances = new InstanceState[n];
        Effects = new InstanceEffects[n];
        for (var i = 0; i < n; i++)
        {
            ResetInstance(i);
            Instances[i].InRotation = true;
            Instances[i].UnhealthySince = -1;
        }

        _balanceWeight = new double[n];
        for (var i = 0; i < n; i++)
        {
            // Balancers never split load exactly evenly (connection reuse, hashing, hosts of unequal speed): each
            // instance gets a fixed share between 92 % and 108 % of an even one, so no two report the same numbers.
            _balanceWeight[i] = 0.92 + (0.16 * ((Prng.Mix(seed, (ulong)i, 211) >> 11) * (1.0 / (1UL << 53))));
        }

        ServiceLoad = new double[topology.Services.Length];
        ServicePassShare = new double[topology.Services.Length];
        Array.Fill(ServicePassShare, 1);
        ServiceRead = new HopOutcome[topology.Services.Length];
        ServiceWrite = new HopOutcome[topology.Services.Length];
        DownstreamMs = new double[topology.Services.Length];
        _downstreamSum = new double[topology.Services.Length];
        _downstreamWeight = new double[topology.Services.Length];
        _downstreamFailSum = new double[topology.Services.Length];
        _downstreamReasons = new double[topology.Services.Length * FailureReasons.Count];
        DownstreamFail = new double[topology.Services.Length];
        DownstreamReason = new FailureReason[topology.Services.Length];
        _queueStuck = new double[topology.Services.Length];
        _queueDrain = new double[topology.Services.Length];
        QueueBacklog = new double[topology.Services.Length];
        ServiceTlsBroken = new bool[topology.Services.Length];
        ServiceRateLimit = new double[topology.Services.Length];
        Array.Fill(ServiceRateLimit, double.PositiveInfinity);
        ServiceExtraInstances = new int[topology.Services.Length];
        HostClockSkew = new double[topology.Hosts.Length];
        HostAgentCpu = new double[topology.Hosts.Length];
        Databases = new DatabaseState[topology.Databases.Length];
        for (var d = 0; d < Databases.Length; d++)
        {
            Databases[d] = NewDatabaseState(d);
        }

        RequestTypes = new RequestTypeState[topology.RequestTypes.Length];
        for (var r = 0; r < RequestTypes.Length; r++)
        {
            RequestTypes[r] = new RequestTypeState();
        }

        TrafficRandom = new Prng(seed, "traffic");
        FaultRandom = new Prng(seed, "faults");
        Metrics = new MetricRing(n);
        Truth = new TruthRecorder(topology.RequestTypes.Length);
        InitNetwork();
    }

    public Topology Topology { get; }

    public ulong Seed { get; }

    /// <summary>The simulated second being (or about to be) simulated.</summary>
    public long Now { get; set; }

    public InstanceState[] Instances { get; }

    public InstanceEffects[] Effects { get; }

    public double[] ServiceLoad { get; }

    /// <summary>Share of requests that got through each service last second, to estimate downstream load.</summary>
    public double[] ServicePassShare { get; }

    public HopOutcome[] ServiceRead { get; }

    public HopOutcome[] ServiceWrite { get; }

    /// <summary>How long a call into each service waits on its own dependencies (last second's view).</summary>
    public double[] DownstreamMs { get; }

    /// <summary>Share of the requests each service passed on that failed further down, and the main reason.</summary>
    public double[] DownstreamFail { get; }

    public FailureReason[] DownstreamReason { get; }

    public bool[] ServiceTlsBroken { get; }

    public double[] ServiceRateLimit { get; }

    public int[] ServiceExtraInstances { get; }

    public double[] HostClockSkew { get; }

    public double[] HostAgentCpu { get; }

    public DatabaseState[] Databases { get; }

    public RequestTypeState[] RequestTypes { get; }

    public bool CoordinationQuorum { get; set; } = true;

    public long DnsDownSince { get; set; } = -1;

    public double DnsFailShare { get; set; }

    /// <summary>Set by the dns-failure fault each second.</summary>
    public bool DnsBroken { get; set; }

    public Prng TrafficRandom;

    public Prng FaultRandom;

    public MetricRing Metrics { get; }

    public TruthRecorder Truth { get; }

    public List<ActiveFault> Faults { get; } = [];

    public List<CellEvent> Events { get; } = [];

    /// <summary>Config values responders or faults changed, per service, over the scenario's config.</summary>
    public SortedDictionary<string, string>?[] ConfigOverrides { get; private set; } = [];

    public void ResetInstance(int i)
    {
        var spec = Topology.Services[Topology.InstanceService[i]];
        Instances[i].Process = ProcessState.Online;
        Instances[i].StateSince = Now;
        Instances[i].MemoryMb = spec.MemoryMb;
        Instances[i].DiskUsedGb = spec.DiskUsedGb;
        Instances[i].HungConnections = 0;
        Instances[i].QueueDepth = 0;
        Instances[i].RecentRestarts = 0;
        Instances[i].Drained = false;
    }

    public DatabaseState NewDatabaseState(int d)
    {
        var spec = Topology.Databases[d];
        var state = new DatabaseState
        {
            Primary = Topology.InstanceIndex(spec.Primary),
            Sync = spec.Sync is null ? -1 : Topology.InstanceIndex(spec.Sync),
        };
        foreach (var peer in spec.Async)
        {
            state.Async.Add(Topology.InstanceIndex(peer));
        }

        return state;
    }

    public string Config(int service, string key)
    {
        if (ConfigOverrides.Length > service && ConfigOverrides[service] is { } overrides && overrides.TryGetValue(key, out var value))
        {
            return value;
        }

        return Topology.Services[service].Config.GetValueOrDefault(key, "");
    }

    public void SetConfig(int service, string key, string value)
    {
        if (ConfigOverrides.Length == 0)
        {
            ConfigOverrides = new SortedDictionary<string, string>?[Topology.Services.Length];
        }

        (ConfigOverrides[service] ??= new SortedDictionary<string, string>(StringComparer.Ordinal))[key] = value;
    }

    public void RollbackConfig(int service)
    {
        if (ConfigOverrides.Length > service)
        {
            ConfigOverrides[service] = null;
        }
    }

    public void SetProcess(int i, ProcessState state, string why)
    {
        if (Instances[i].Process == state)
        {
            return;
        }

        Instances[i].Process = state;
        Instances[i].StateSince = Now;
        AddEvent(i, state is ProcessState.Online ? "info" : "error", why);
    }

    /// <summary>Kill the process and let its restarter bring it back; too many restarts put it in maintenance.</summary>
    public void Crash(int i, string why)
    {
        ref var instance = ref Instances[i];
        if (instance.Process is ProcessState.Disabled or ProcessState.Maintenance)
        {
            return;
        }

        instance.RecentRestarts++;
        instance.Connections = 0;
        instance.HungConnections = 0;
        instance.LeakedFds = 0;
        instance.QueueDepth = 0;
        if (instance.RecentRestarts > 3)
        {
            SetProcess(i, ProcessState.Maintenance, why + "; restarting too quickly, service moved to maintenance");
            return;
        }

        SetProcess(i, ProcessState.Restarting, why);
        instance.RestartAt = Now + Math.Max(1, (long)Topology.Services[Topology.InstanceService[i]].RestartTime.TotalSeconds);
    }

    /// <summary>A clean restart by an operator: the process comes back after its restart time.</summary>
    public void Restart(int i)
    {
        ref var instance = ref Instances[i];
        var spec = Topology.Services[Topology.InstanceService[i]];
        instance.RecentRestarts = 0;
        instance.Connections = 0;
        instance.HungConnections = 0;
        instance.LeakedFds = 0;
        instance.QueueDepth = 0;
        instance.MemoryMb = spec.MemoryMb;
        SetProcess(i, ProcessState.Restarting, "stopping for restart by operator");
        instance.RestartAt = Now + Math.Max(1, (long)spec.RestartTime.TotalSeconds);
    }

    public void AddEvent(int instance, string level, string message)
    {
        // Bounded: older events live on only in the per-minute metrics.
        if (Events.Count >= 256)
        {
            Events.RemoveRange(0, 64);
        }

        Events.Add(new CellEvent(Now, instance, level, message));
    }

    /// <summary>The share of requests an instance answered with an error: its own failures and those from downstream.</summary>
    public double ObservedErrorShare(int i)
    {
        var downstream = DownstreamFail[Topology.InstanceService[i]];
        return Instances[i].Rps <= 0 ? 0 : 1 - ((1 - Instances[i].ErrorShare) * (1 - downstream));
    }

    public FailureReason ObservedReason(int i) =>
        Instances[i].ErrorShare >= DownstreamFail[Topology.InstanceService[i]] ? Instances[i].Reason : DownstreamReason[Topology.InstanceService[i]];

    public bool IsUp(int i) => Instances[i].Process == ProcessState.Online && !Effects[i].Unreachable;
}
