using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// Every field of the model, in a fixed order, for a cell snapshot; <see cref="Read"/> reads them back into a fresh
/// state of the same topology. Per-tick scratch is written too: it costs little and keeps "complete" checkable.
/// A field added to the model must be added here (and <see cref="CellSnapshot.CurrentFormat"/> bumped).
/// </summary>
internal sealed partial class CellState
{
    public void Write(SnapshotWriter writer)
    {
        writer.Write(Now);
        writer.Write(Instances.Length);
        foreach (ref readonly var i in Instances.AsSpan())
        {
            i.Write(writer);
        }

        writer.Write(Effects.Length);
        foreach (ref readonly var e in Effects.AsSpan())
        {
            e.Write(writer);
        }

        writer.Write(ServiceLoad);
        writer.Write(ServicePassShare);
        SaveHops(writer, ServiceRead);
        SaveHops(writer, ServiceWrite);
        writer.Write(DownstreamMs);
        writer.Write(DownstreamFail);
        writer.Write(DownstreamReason.Length);
        foreach (var reason in DownstreamReason)
        {
            writer.Write((int)reason);
        }

        writer.Write(_reasonWeights);
        writer.Write(_downstreamSum);
        writer.Write(_downstreamWeight);
        writer.Write(_downstreamFailSum);
        writer.Write(_downstreamReasons);
        writer.Write(_queueStuck);
        writer.Write(_queueDrain);
        writer.Write(QueueBacklog);
        writer.Write(ServiceTlsBroken);
        writer.Write(ServiceRateLimit);
        writer.Write(ServiceExtraInstances);
        writer.Write(HostClockSkew);
        writer.Write(HostAgentCpu);
        writer.Write(Databases.Length);
        foreach (var db in Databases)
        {
            db.Write(writer);
        }

        writer.Write(RequestTypes.Length);
        foreach (var type in RequestTypes)
        {
            type.Write(writer);
        }

        writer.Write(CoordinationQuorum);
        writer.Write(DnsDownSince);
        writer.Write(DnsFailShare);
        writer.Write(DnsBroken);
        WriteNetwork(writer);
        TrafficRandom.Write(writer);
        FaultRandom.Write(writer);
        Metrics.Write(writer);
        Truth.Write(writer);
        writer.Write(Faults.Count);
        foreach (var fault in Faults)
        {
            fault.Write(writer, Topology.Scenario.Injects);
        }

        writer.Write(Events.Count);
        foreach (var e in Events)
        {
            writer.Write(e.Second);
            writer.Write(e.Instance);
            writer.Write(e.Level);
            writer.Write(e.Message);
        }

        SaveConfigOverrides(writer);
        writer.Write(InjectDone);
        writer.Write(MonitoringBlindSince);
    }

    public void Read(SnapshotReader reader)
    {
        Now = reader.Long();
        reader.ExpectLength(Instances.Length);
        for (var i = 0; i < Instances.Length; i++)
        {
            Instances[i] = InstanceState.Read(reader);
        }

        reader.ExpectLength(Effects.Length);
        for (var i = 0; i < Effects.Length; i++)
        {
            Effects[i] = InstanceEffects.Read(reader);
        }

        reader.Into(ServiceLoad);
        reader.Into(ServicePassShare);
        LoadHops(reader, ServiceRead);
        LoadHops(reader, ServiceWrite);
        reader.Into(DownstreamMs);
        reader.Into(DownstreamFail);
        reader.ExpectLength(DownstreamReason.Length);
        for (var s = 0; s < DownstreamReason.Length; s++)
        {
            DownstreamReason[s] = reader.Enum<FailureReason>();
        }

        reader.Into(_reasonWeights);
        reader.Into(_downstreamSum);
        reader.Into(_downstreamWeight);
        reader.Into(_downstreamFailSum);
        reader.Into(_downstreamReasons);
        reader.Into(_queueStuck);
        reader.Into(_queueDrain);
        reader.Into(QueueBacklog);
        reader.Into(ServiceTlsBroken);
        reader.Into(ServiceRateLimit);
        reader.Into(ServiceExtraInstances);
        reader.Into(HostClockSkew);
        reader.Into(HostAgentCpu);
        reader.ExpectLength(Databases.Length);
        for (var d = 0; d < Databases.Length; d++)
        {
            Databases[d] = DatabaseState.Read(reader);
        }

        reader.ExpectLength(RequestTypes.Length);
        foreach (var type in RequestTypes)
        {
            type.Read(reader);
        }

        CoordinationQuorum = reader.Bool();
        DnsDownSince = reader.Long();
        DnsFailShare = reader.Double();
        DnsBroken = reader.Bool();
        ReadNetwork(reader);
        TrafficRandom = Randomness.Prng.Read(reader);
        FaultRandom = Randomness.Prng.Read(reader);
        Metrics.Read(reader);
        Truth.Read(reader);
        Faults.Clear();
        var faults = reader.Count(60);
        for (var k = 0; k < faults; k++)
        {
            Faults.Add(ActiveFault.Read(reader, Topology.Scenario.Injects));
        }

        Events.Clear();
        var events = reader.Count(20);
        for (var k = 0; k < events; k++)
        {
            var second = reader.Long();
            var instance = reader.Int();
            Events.Add(new CellEvent(second, instance, reader.String(), reader.String()));
        }

        LoadConfigOverrides(reader);
        reader.Into(InjectDone);
        MonitoringBlindSince = reader.Long();
    }

    private static void SaveHops(SnapshotWriter writer, HopOutcome[] hops)
    {
        writer.Write(hops.Length);
        foreach (var hop in hops)
        {
            writer.Write(hop.FailShare);
            writer.Write((int)hop.Reason);
            writer.Write(hop.LatencyMs);
            writer.Write(hop.TailMs);
        }
    }

    private static void LoadHops(SnapshotReader reader, HopOutcome[] hops)
    {
        reader.ExpectLength(hops.Length);
        for (var s = 0; s < hops.Length; s++)
        {
            hops[s] = new HopOutcome { FailShare = reader.Double(), Reason = reader.Enum<FailureReason>(), LatencyMs = reader.Double(), TailMs = reader.Double() };
        }
    }

    /// <summary>Whether overrides were ever made, then per service: none, or the sorted (ordinal) key/value pairs.</summary>
    private void SaveConfigOverrides(SnapshotWriter writer)
    {
        writer.Write(ConfigOverrides.Length);
        foreach (var overrides in ConfigOverrides)
        {
            if (overrides is null)
            {
                writer.Write(-1);
                continue;
            }

            writer.Write(overrides.Count);
            foreach (var (key, value) in overrides)
            {
                writer.Write(key);
                writer.Write(value);
            }
        }
    }

    private void LoadConfigOverrides(SnapshotReader reader)
    {
        var services = reader.Int();
        if (services != 0 && services != Topology.Services.Length)
        {
            throw new CellSnapshotException($"the snapshot holds config overrides for {services} services where this scenario's cell has {Topology.Services.Length}");
        }

        ConfigOverrides = new SortedDictionary<string, string>?[services];
        for (var s = 0; s < services; s++)
        {
            var count = reader.Int();
            if (count < 0)
            {
                continue;
            }

            var overrides = new SortedDictionary<string, string>(StringComparer.Ordinal);
            for (var k = 0; k < count; k++)
            {
                overrides[reader.String()] = reader.String();
            }

            ConfigOverrides[s] = overrides;
        }
    }
}
