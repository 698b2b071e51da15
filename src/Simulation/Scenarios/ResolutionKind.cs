namespace PracticePlatform.Simulation.Scenarios;

public enum ResolutionKind
{
    /// <summary>Every instance of the target service ("*": all services) is online and in rotation.</summary>
    AllOnline,
    /// <summary>The failed share of the target request type ("*": all) stayed below the threshold for the duration.</summary>
    ErrorRateBelow,
    /// <summary>The p99 latency (ms) of the target request type stayed below the threshold for the duration.</summary>
    LatencyBelow,
    /// <summary>The fault started by the target inject is cleared or mitigated.</summary>
    FaultCleared,
    /// <summary>The target database has a primary and a healthy sync replica with lag under the threshold (s).</summary>
    ReplicationHealthy,
    /// <summary>The target database's primary is up in the criterion's datacenter (a failover undone, not just survived).</summary>
    PrimaryIn,
    /// <summary>The target database never lost a write (once a lagging peer was promoted, this can never hold again).</summary>
    NoLostWrites,
    /// <summary>Every peer of the target database is running and replicating: none deposed or diverged and waiting for a rebuild.</summary>
    AllReplicating,
}
