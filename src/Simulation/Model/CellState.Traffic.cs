using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Randomness;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// Flow-based traffic: per request type an attempted count per second, amplified by client retries, flows down
/// its path; each service spreads its load over instances in rotation, which queue (M/M/1-like latency) and
/// fail when saturated, unreachable, broken by faults or out of connections.
/// </summary>
internal sealed partial class CellState
{
    private const double RetransmitTimeoutMs = 1000;

    private void RunTraffic()
    {
        Array.Clear(ServiceLoad);
        var topology = Topology;
        UpdateHitRatios();
        for (var r = 0; r < RequestTypes.Length; r++)
        {
            var state = RequestTypes[r];
            var spec = topology.RequestTypes[r];
            var mean = ShapedRate(spec) * state.RateFactor * (1 + (0.03 * TrafficRandom.NextGaussian()));
            var attempted = Math.Max(0, (long)Math.Round(mean + (Math.Sqrt(Math.Max(mean, 0)) * TrafficRandom.NextGaussian())));
            var retries = state.RetriesOverride >= 0 ? state.RetriesOverride : spec.Retries;
            var p = Math.Min(state.AttemptFailShare, 0.999);
            var amplification = retries == 0 ? 1 : (1 - ExactMath.Power(p, retries + 1)) / (1 - p);
            state.Attempted = attempted;
            state.Load = attempted * amplification;
            var flow = state.Load;
            foreach (var s in topology.Paths[r])
            {
                ServiceLoad[s] += flow;
                flow *= ServicePassShare[s] * (1 - _hitRatio[s]);
            }
        }

        for (var s = 0; s < ServiceLoad.Length; s++)
        {
            ComputeService(s);
        }

        Array.Clear(_downstreamSum);
        Array.Clear(_downstreamWeight);
        Array.Clear(_downstreamFailSum);
        Array.Clear(_downstreamReasons);
        for (var r = 0; r < RequestTypes.Length; r++)
        {
            ComputeOutcome(r);
        }

        UpdateQueues();
        for (var s = 0; s < ServiceLoad.Length; s++)
        {
            if (_downstreamWeight[s] > 0)
            {
                DownstreamMs[s] = Math.Min(_downstreamSum[s] / _downstreamWeight[s], topology.Services[s].Timeout.TotalMilliseconds);
                DownstreamFail[s] = _downstreamFailSum[s] / _downstreamWeight[s];
                DownstreamReason[s] = Dominant(new ReadOnlySpan<double>(_downstreamReasons, s * FailureReasons.Count, FailureReasons.Count));
            }
            else
            {
                DownstreamFail[s] = 0;
            }
        }
    }

    private void ComputeService(int s)
    {
        var topology = Topology;
        var spec = topology.Services[s];
        var members = topology.ServiceInstances[s];
        var database = topology.ServiceDatabase[s];
        var load = ServiceLoad[s];
        var shed = 0.0;
        if (load > ServiceRateLimit[s])
        {
            shed = 1 - (ServiceRateLimit[s] / load);
            load = ServiceRateLimit[s];
        }

        var receivers = 0;
        var weights = 0.0;
        var primary = database >= 0 ? Databases[database].Primary : -1;
        foreach (var i in members)
        {
            if (Receives(i, primary))
            {
                receivers++;
                weights += _balanceWeight[i];
            }
        }

        var failOpen = receivers == 0;
        if (failOpen)
        {
            // Nothing healthy in rotation: the balancer spreads over everything not drained.
            foreach (var i in members)
            {
                if (!Instances[i].Drained && (primary < 0 || i == primary))
                {
                    receivers++;
                    weights += _balanceWeight[i];
                }
            }
        }

        var perWeight = receivers == 0 ? 0 : load / weights;
        var scale = (members.Length + ServiceExtraInstances[s]) / (double)members.Length;
        double failSum = 0, latencySum = 0, tail = 0, writeFailSum = 0;
        Span<double> reasons = stackalloc double[FailureReasons.Count];
        Span<double> writeReasons = stackalloc double[FailureReasons.Count];
        reasons.Clear();
        writeReasons.Clear();
        foreach (var i in members)
        {
            var receiving = failOpen ? !Instances[i].Drained && (primary < 0 || i == primary) : Receives(i, primary);
            var l = receiving ? perWeight * _balanceWeight[i] : 0;
            ComputeInstance(i, spec, l, database, scale);
            if (l <= 0)
            {
                continue;
            }

            ref var instance = ref Instances[i];
            failSum += l * instance.ErrorShare;
            reasons[(int)instance.Reason] += l * instance.ErrorShare;
            latencySum += l * instance.LatencyMs;
            var writeFail = Effects[i].WriteErrorShare;
            writeFailSum += l * writeFail;
            writeReasons[(int)Effects[i].WriteReason] += l * writeFail;
            if (l >= load * 0.01 && instance.LatencyMs > tail)
            {
                tail = instance.LatencyMs;
            }
        }

        ref var read = ref ServiceRead[s];
        if (receivers == 0 || load <= 0)
        {
            read.FailShare = receivers == 0 ? 1 : 0;
            read.Reason = FailureReason.Unavailable;
            read.LatencyMs = spec.BaseLatencyMs;
            read.TailMs = spec.BaseLatencyMs;
            if (receivers == 0)
            {
                read.LatencyMs = read.TailMs = Math.Min(spec.Timeout.TotalMilliseconds, 3000);
            }
        }
        else
        {
            read.FailShare = failSum / load;
            read.Reason = Dominant(reasons);
            read.LatencyMs = latencySum / load;
            read.TailMs = Math.Max(tail, read.LatencyMs);
        }

        if (shed > 0)
        {
            Combine(ref read, shed, FailureReason.Overload);
        }

        if (ServiceTlsBroken[s])
        {
            Combine(ref read, 1, FailureReason.Tls);
        }

        ref var write = ref ServiceWrite[s];
        write = read;
        if (load > 0 && writeFailSum > 0)
        {
            Combine(ref write, writeFailSum / load, Dominant(writeReasons));
        }

        if (database >= 0)
        {
            ApplyDatabase(database, ref read, ref write);
        }

        ApplyNetwork(s, ref read, ref write);
        ServicePassShare[s] = 1 - read.FailShare;
    }

    /// <summary>Each instance's share of its service's load relative to an even split; fixed by the seed.</summary>
    private readonly double[] _balanceWeight;

    private bool Receives(int i, int primary) =>
        Instances[i].InRotation && !Instances[i].Drained && (primary < 0 || i == primary);

    private void ComputeInstance(int i, ServiceSpec spec, double load, int database, double scale)
    {
        ref var instance = ref Instances[i];
        ref var effects = ref Effects[i];
        var steal = HostAgentCpu[Topology.InstanceHost[i]];
        instance.Rps = load;
        instance.RequestsTotal += (long)load;
        var timeoutMs = spec.Timeout.TotalMilliseconds;
        if (instance.Process != ProcessState.Online || effects.Unreachable)
        {
            instance.Cpu = instance.Process == ProcessState.Online ? 0.05 + steal : steal;
            instance.Connections = 0;
            instance.ErrorShare = load > 0 ? 1 : 0;
            instance.Reason = effects.Unreachable ? FailureReason.Timeout : FailureReason.Refused;
            instance.LatencyMs = effects.Unreachable ? timeoutMs : 1;
            instance.ErrorsTotal += (long)load;
            return;
        }

        var slow = database >= 0 ? Databases[database].SlowFactor : 1;
        var cpuFree = Math.Max(0.03, 1 - effects.CpuBurn - steal);
        var warm = Topology.CacheHitRatio[Topology.InstanceService[i]] > 0 ? 1 : ColdCapacity + ((1 - ColdCapacity) * Warmth(i, spec));
        var capacity = Math.Max(0.001, spec.CapacityRps * scale * effects.CapacityFactor * cpuFree * warm / slow);
        var rho = load / capacity;
        if (rho > 1)
        {
            // Saturated servers waste work on requests whose callers already gave up: goodput falls as load grows,
            // which is what lets retries keep a service down after the trigger is gone.
            capacity /= Math.Min(3, 1 + (0.5 * (rho - 1)));
        }

        if (rho > 1)
        {
            instance.QueueDepth += load - capacity;
        }
        else
        {
            instance.QueueDepth = Math.Max(0, instance.QueueDepth - (capacity - load));
        }

        var overload = 0.0;
        var maxQueue = capacity * (timeoutMs / 1000);
        if (instance.QueueDepth > maxQueue)
        {
            overload = Math.Min(1, (instance.QueueDepth - maxQueue) / Math.Max(load, 1e-9));
            instance.QueueDepth = maxQueue;
        }

        var serviceMs = spec.BaseLatencyMs * slow / (1 - Math.Min(rho, 0.97));
        // The instance's own work (served and queued); the rest of a call's time is waiting on the network.
        var workMs = serviceMs + (instance.QueueDepth / capacity * 1000);
        var latency = workMs + effects.ExtraLatencyMs + (effects.PacketLoss * RetransmitTimeoutMs * 2);
        var packetFail = effects.PacketLoss * effects.PacketLoss * 4;
        instance.Retransmits += (long)(load * effects.PacketLoss * 8);
        // Little's law: a connection is held for the call and for everything it waits on downstream.
        var wanted = (load * (latency + DownstreamMs[Topology.InstanceService[i]]) / 1000) + instance.HungConnections;
        var pool = effects.PoolLimit > 0 ? effects.PoolLimit : spec.ConnectionPool;
        var poolFail = wanted > pool ? Math.Min(1, 1 - ((pool - Math.Min(instance.HungConnections, pool)) / Math.Max(1e-9, wanted - instance.HungConnections))) : 0;
        instance.Connections = Math.Min(wanted, pool);
        if (poolFail > 0)
        {
            latency = Math.Max(latency, Math.Min(timeoutMs, latency * 4));
        }

        var ok = (1 - overload) * (1 - poolFail) * (1 - effects.ErrorShare) * (1 - Math.Min(1, packetFail));
        instance.ErrorShare = load > 0 ? 1 - ok : 0;
        instance.Reason = Largest(overload, FailureReason.Overload, poolFail, FailureReason.PoolExhausted,
            effects.ErrorShare, effects.ErrorReason, packetFail, FailureReason.Timeout);
        if (instance.MaxFds > 0)
        {
            ApplyFdLimit(ref instance, load);
        }

        instance.LatencyMs = Math.Min(latency, timeoutMs);
        // Only work that gets a connection runs: requests turned away because the pool is held by calls waiting
        // on a slow or hung downstream, or on the network (added latency, retransmissions), cost next to nothing, so
        // CPU falls while workers block on I/O. A pool held by the instance's own slow work (CPU-bound) turns
        // requests away too, but its workers are busy computing: only the held share that is not work lowers CPU.
        var waiting = poolFail > 0 ? 1 - Math.Min(1, load * workMs / 1000 / wanted) : 0;
        instance.Cpu = Math.Min(1, 0.04 + (0.9 * Math.Min(rho, 1) * (1 - (poolFail * waiting))) + effects.CpuBurn + steal);
        instance.ErrorsTotal += (long)(load * instance.ErrorShare);
    }

    private static void Combine(ref HopOutcome hop, double share, FailureReason reason)
    {
        if (share > hop.FailShare)
        {
            hop.Reason = reason;
        }

        hop.FailShare = 1 - ((1 - hop.FailShare) * (1 - share));
    }

    private static FailureReason Dominant(ReadOnlySpan<double> weights)
    {
        var best = 0;
        for (var k = 1; k < weights.Length; k++)
        {
            if (weights[k] > weights[best])
            {
                best = k;
            }
        }

        return (FailureReason)best;
    }

    private static FailureReason Largest(double a, FailureReason ra, double b, FailureReason rb, double c, FailureReason rc, double d, FailureReason rd)
    {
        var (best, reason) = (a, ra);
        if (b > best)
        {
            (best, reason) = (b, rb);
        }

        if (c > best)
        {
            (best, reason) = (c, rc);
        }

        return d > best ? rd : reason;
    }
}
