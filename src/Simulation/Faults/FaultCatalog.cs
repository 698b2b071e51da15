using System.Collections.Immutable;
using PracticePlatform.Simulation.Faults.AgentStarvation;
using PracticePlatform.Simulation.Faults.BadConfig;
using PracticePlatform.Simulation.Faults.CertificateExpiry;
using PracticePlatform.Simulation.Faults.ClockSkew;
using PracticePlatform.Simulation.Faults.CoordinationSlow;
using PracticePlatform.Simulation.Faults.ConnectionPoolExhaustion;
using PracticePlatform.Simulation.Faults.CpuSaturation;
using PracticePlatform.Simulation.Faults.CrashLoop;
using PracticePlatform.Simulation.Faults.DiskFull;
using PracticePlatform.Simulation.Faults.DnsFailure;
using PracticePlatform.Simulation.Faults.EphemeralPortExhaustion;
using PracticePlatform.Simulation.Faults.FdLeak;
using PracticePlatform.Simulation.Faults.HungConnections;
using PracticePlatform.Simulation.Faults.LinkPartition;
using PracticePlatform.Simulation.Faults.LockContention;
using PracticePlatform.Simulation.Faults.MemoryLeak;
using PracticePlatform.Simulation.Faults.NetworkPartition;
using PracticePlatform.Simulation.Faults.PacketLoss;
using PracticePlatform.Simulation.Faults.ProcessCrash;
using PracticePlatform.Simulation.Faults.ReplicationLag;
using PracticePlatform.Simulation.Faults.RetryStorm;
using PracticePlatform.Simulation.Faults.SlowQueries;
using PracticePlatform.Simulation.Faults.StuckFailover;
using PracticePlatform.Simulation.Faults.TcpSlowStart;

namespace PracticePlatform.Simulation.Faults;

/// <summary>Every fault kind the simulator knows, in a stable order.</summary>
public static class FaultCatalog
{
    public static ImmutableArray<FaultDescriptor> All { get; } =
    [
        ProcessCrashSpec.Descriptor,
        CrashLoopSpec.Descriptor,
        DiskFullSpec.Descriptor,
        CpuSaturationSpec.Descriptor,
        MemoryLeakSpec.Descriptor,
        NetworkPartitionSpec.Descriptor,
        PacketLossSpec.Descriptor,
        ClockSkewSpec.Descriptor,
        BadConfigSpec.Descriptor,
        CertificateExpirySpec.Descriptor,
        SlowQueriesSpec.Descriptor,
        LockContentionSpec.Descriptor,
        ReplicationLagSpec.Descriptor,
        StuckFailoverSpec.Descriptor,
        ConnectionPoolExhaustionSpec.Descriptor,
        RetryStormSpec.Descriptor,
        DnsFailureSpec.Descriptor,
        AgentStarvationSpec.Descriptor,
        TcpSlowStartSpec.Descriptor,
        HungConnectionsSpec.Descriptor,
        CoordinationSlowSpec.Descriptor,
        LinkPartitionSpec.Descriptor,
        FdLeakSpec.Descriptor,
        EphemeralPortExhaustionSpec.Descriptor,
    ];

    public static IEnumerable<string> Kinds => All.Select(d => d.Kind);

    public static FaultDescriptor? Find(string kind)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Kind == kind)
            {
                return descriptor;
            }
        }

        return null;
    }
}
