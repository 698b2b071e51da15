using PracticePlatform.Simulation.Alarms;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Randomness;

namespace PracticePlatform.Simulation.Cells;

/// <summary>A canonical walk over every piece of cell state, in index order, into a stable hash.</summary>
internal static class CellDigest
{
    public static string Of(CellState cell, AlarmEvaluator alarms, ResolutionTracker resolution, StakeholderDesk stakeholders, int actions)
    {
        var hash = new StableHash();
        hash.Add(cell.Topology.Scenario.Id);
        hash.Add(cell.Topology.Scenario.Version);
        hash.Add(cell.Seed);
        hash.Add(cell.Now);
        hash.Add(actions);
        foreach (ref readonly var i in cell.Instances.AsSpan())
        {
            hash.Add((int)i.Process);
            hash.Add(i.StateSince);
            hash.Add(i.RestartAt);
            hash.Add(i.RecentRestarts);
            hash.Add(i.MemoryMb);
            hash.Add(i.DiskUsedGb);
            hash.Add(i.Connections);
            hash.Add(i.HungConnections);
            hash.Add(i.QueueDepth);
            hash.Add(i.Cpu);
            hash.Add(i.Rps);
            hash.Add(i.ErrorShare);
            hash.Add(i.LatencyMs);
            hash.Add((int)i.Reason);
            hash.Add(i.Drained);
            hash.Add(i.InRotation);
            hash.Add(i.UnhealthySince);
            hash.Add(i.HealthySince);
            hash.Add(i.Lag);
            hash.Add(i.OutOfMemoryKills);
            hash.Add(i.ErrorsTotal);
            hash.Add(i.RequestsTotal);
            hash.Add(i.LeakedFds);
            hash.Add(i.MaxFds);
            hash.Add(i.OpenFds);
            hash.Add(i.TimeWait);
            hash.Add(i.PortLow);
            hash.Add(i.PortHigh);
            hash.Add(i.TimeWaitReuse);
        }

        foreach (var db in cell.Databases)
        {
            hash.Add(db.Primary);
            hash.Add(db.Sync);
            hash.Add(db.Async.Count);
            foreach (var peer in db.Async)
            {
                hash.Add(peer);
            }

            foreach (var peer in db.Deposed)
            {
                hash.Add(peer);
            }

            foreach (var peer in db.Diverged)
            {
                hash.Add(peer);
            }

            hash.Add(db.LostWrites);
            hash.Add(db.Failovers);
            hash.Add(db.DivergedWrites);
            hash.Add(db.StalePrimary);
            hash.Add(db.StaleUntil);
            hash.Add(db.WritePauseUntil);
        }

        cell.DigestNetwork(ref hash);

        foreach (var type in cell.RequestTypes)
        {
            hash.Add(type.Attempted);
            hash.Add(type.Failed);
            hash.Add(type.AttemptFailShare);
            hash.Add(type.SmoothedFailShare);
            hash.Add(type.RetriesOverride);
        }

        foreach (var fault in cell.Faults)
        {
            hash.Add(fault.Id);
            hash.Add((int)fault.Status);
            hash.Add(fault.InjectedAt);
            hash.Add(fault.EscalatedAt);
            hash.Add(fault.EndedAt);
            hash.Add(fault.Scratch);
            foreach (var t in fault.Targets)
            {
                hash.Add(t);
            }

            foreach (var m in fault.Mitigated)
            {
                hash.Add(m);
            }
        }

        for (var s = 0; s < cell.ServiceRateLimit.Length; s++)
        {
            hash.Add(cell.ServiceRateLimit[s]);
            hash.Add(cell.ServicePassShare[s]);
            hash.Add(cell.QueueBacklog[s]);
            hash.Add(cell.DownstreamMs[s]);
            hash.Add(cell.DownstreamFail[s]);
            if (cell.ConfigOverrides.Length > s && cell.ConfigOverrides[s] is { } overrides)
            {
                foreach (var (key, value) in overrides)
                {
                    hash.Add(key);
                    hash.Add(value);
                }
            }
        }

        foreach (var skew in cell.HostClockSkew)
        {
            hash.Add(skew);
        }

        hash.Add(cell.CoordinationQuorum);
        hash.Add(cell.DnsDownSince);
        hash.Add(cell.MonitoringBlindSince);
        hash.Add(cell.Events.Count);
        cell.TrafficRandom.Digest(ref hash);
        cell.FaultRandom.Digest(ref hash);
        cell.Metrics.Digest(ref hash);
        cell.Truth.Digest(ref hash);
        alarms.Digest(ref hash);
        resolution.Digest(ref hash);
        stakeholders.Digest(ref hash);
        return hash.ToHex();
    }
}
