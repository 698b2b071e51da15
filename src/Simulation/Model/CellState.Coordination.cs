namespace PracticePlatform.Simulation.Model;

internal sealed partial class CellState
{
    /// <summary>Coordination operations a failover decision takes (session expiry, leader election, topology write).</summary>
    private const double ElectionOperations = 30;

    /// <summary>Share of a client's requests that wait on the coordination service (watch re-reads, discovery misses).</summary>
    private const double CoordinationClientShare = 0.25;

    /// <summary>The member that leads: the first running one, as `zk status` shows it.</summary>
    public int CoordinationLeader()
    {
        var zk = Topology.CoordinationService;
        if (zk < 0)
        {
            return -1;
        }

        foreach (var i in Topology.ServiceInstances[zk])
        {
            if (IsUp(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One member's operation latency: its service's base plus any stall a fault put on it.</summary>
    public double CoordinationMemberMs(int member) =>
        Topology.Services[Topology.CoordinationService].BaseLatencyMs + Effects[member].CoordinationDelayMs;

    /// <summary>
    /// What a slow member adds to an average coordination operation while the ensemble stays quorate: clients'
    /// sessions are spread over the running members, and every write also waits on the leader.
    /// </summary>
    public double CoordinationDelayMs()
    {
        var zk = Topology.CoordinationService;
        if (zk < 0)
        {
            return 0;
        }

        var sum = 0.0;
        var up = 0;
        foreach (var i in Topology.ServiceInstances[zk])
        {
            if (IsUp(i))
            {
                sum += Effects[i].CoordinationDelayMs;
                up++;
            }
        }

        if (sum <= 0)
        {
            return 0;
        }

        var leader = CoordinationLeader();
        return leader < 0 ? 0 : (sum / up) + Effects[leader].CoordinationDelayMs;
    }

    /// <summary>Seconds a slow coordination service adds before a failover manager can act.</summary>
    private long ElectionDelaySeconds() => Topology.CoordinationService < 0 ? 0 : (long)(CoordinationDelayMs() * ElectionOperations / 1000);

    /// <summary>A member slower than this lets its clients' sessions expire: their coordination calls fail.</summary>
    private const double SessionTimeoutMs = 3000;

    /// <summary>
    /// Services that depend on the coordination service wait on it for part of their requests; those whose sessions
    /// sit on a member slower than the session timeout fail them instead.
    /// </summary>
    private void SlowCoordinationClients()
    {
        var delay = CoordinationDelayMs();
        if (delay <= 0)
        {
            return;
        }

        var zk = Topology.CoordinationService;
        var up = 0;
        var expired = 0;
        foreach (var member in Topology.ServiceInstances[zk])
        {
            if (IsUp(member))
            {
                up++;
                expired += CoordinationMemberMs(member) > SessionTimeoutMs ? 1 : 0;
            }
        }

        var failing = up == 0 ? 0 : expired * CoordinationClientShare / up;
        for (var s = 0; s < Topology.Services.Length; s++)
        {
            if (Array.IndexOf(Topology.Dependencies[s], zk) < 0)
            {
                continue;
            }

            foreach (var i in Topology.ServiceInstances[s])
            {
                Effects[i].ExtraLatencyMs += delay * CoordinationClientShare;
                if (failing > 0)
                {
                    Effects[i].AddErrors(failing, Cells.FailureReason.Timeout);
                }
            }
        }
    }
}
