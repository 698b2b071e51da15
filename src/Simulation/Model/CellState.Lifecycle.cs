using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Model;

internal sealed partial class CellState
{
    /// <summary>Simulates the second <see cref="Now"/>, then moves time on by one second.</summary>
    public void Tick()
    {
        FireScheduledInjects();
        AdvanceProcesses();
        ApplyFaults();
        AdvanceResources();
        UpdateCoordinationAndDns();
        UpdateDatabases();
        UpdateLinkDatabases();
        UpdateRotation();
        RunTraffic();
        UpdateMonitoring();
        Metrics.Record(this);
        Truth.Record(this);
        Alarms?.Evaluate(this);
        Resolution?.Evaluate(this);
        Stakeholders?.Evaluate(this);
        Now++;
    }

    /// <summary>Set by the cell: alarm rules and resolution criteria need the scenario's lists.</summary>
    public Alarms.AlarmEvaluator? Alarms { get; set; }

    public Cells.ResolutionTracker? Resolution { get; set; }

    public Cells.StakeholderDesk? Stakeholders { get; set; }

    private void AdvanceProcesses()
    {
        for (var i = 0; i < Instances.Length; i++)
        {
            ref var instance = ref Instances[i];
            if (instance.ScheduledRestartAt > 0 && instance.ScheduledRestartAt <= Now)
            {
                instance.ScheduledRestartAt = 0;
                if (instance.Process is ProcessState.Online or ProcessState.Maintenance or ProcessState.Restarting)
                {
                    Restart(i);
                }
            }

            if (instance.Process == ProcessState.Restarting && instance.RestartAt <= Now)
            {
                SetProcess(i, ProcessState.Online, "service started");
            }
            else if (instance.Process == ProcessState.Online && instance.RecentRestarts > 0 && Now - instance.StateSince > 300)
            {
                instance.RecentRestarts = 0;
            }
        }
    }

    private void ApplyFaults()
    {
        for (var i = 0; i < Effects.Length; i++)
        {
            Effects[i] = InstanceEffects.None;
        }

        Array.Clear(ServiceTlsBroken);
        ResetLinks();
        foreach (var database in Databases)
        {
            database.ResetEffects();
        }

        DnsBroken = false;
        for (var r = 0; r < RequestTypes.Length; r++)
        {
            RequestTypes[r].RateFactor = 1;
        }

        for (var h = 0; h < HostAgentCpu.Length; h++)
        {
            HostAgentCpu[h] = 0;
        }

        foreach (var fault in Faults)
        {
            if (fault.Status == Simulation.Faults.FaultStatus.Mitigated && fault.Behaviour.CauseRemains(this, fault))
            {
                fault.Recur();
                var instances = fault.TargetType is EntityType.Database or EntityType.RequestType ? [] : fault.Targets;
                foreach (var i in instances)
                {
                    AddEvent(i, "warn", $"{fault.Descriptor.Kind}: the cause is still there; the failure is back");
                }
            }

            if (fault.IsLive)
            {
                fault.Behaviour.Apply(this, fault);
            }
        }
    }

    private void AdvanceResources()
    {
        for (var i = 0; i < Instances.Length; i++)
        {
            ref var instance = ref Instances[i];
            ref var effects = ref Effects[i];
            var spec = Topology.Services[Topology.InstanceService[i]];
            if (instance.TimeWait > 0)
            {
                // The kernel lets a closed connection's port go after TIME_WAIT, whether a fault still opens new
                // ones, the fault was fixed, or the process died.
                instance.TimeWait -= instance.TimeWait / TimeWaitSeconds;
            }

            if (instance.Process != ProcessState.Online)
            {
                continue;
            }

            instance.MemoryMb += effects.MemoryGrowthMb;
            if (instance.MemoryMb > spec.MemoryLimitMb)
            {
                instance.OutOfMemoryKills++;
                var rss = instance.MemoryMb;
                instance.MemoryMb = spec.MemoryMb;
                Crash(i, $"out of memory: killed process (rss {rss:0} MB exceeds the {spec.MemoryLimitMb:0} MB limit)");
                continue;
            }

            var capacityGb = DiskCapacityGb(i);
            var writes = spec.DiskWriteMbPerSecond * Math.Min(3, 0.3 + (instance.Rps / Math.Max(1, spec.CapacityRps)));
            instance.DiskUsedGb = Math.Min(capacityGb, instance.DiskUsedGb + (writes / 1024) + effects.DiskGrowthGb);
            if (instance.DiskUsedGb >= capacityGb * 0.999)
            {
                effects.AddWriteErrors(1, FailureReason.DiskFull);
                if (spec.Kind == Scenarios.ServiceKind.Database)
                {
                    Crash(i, "PANIC: could not write to file \"pg_wal/xlogtemp\": No space left on device");
                }
                else if (spec.Kind is not Scenarios.ServiceKind.Storage)
                {
                    effects.AddErrors(0.25, FailureReason.DiskFull);
                }
            }

            instance.HungConnections += effects.HungPerSecond;
            if (instance.HungConnections > 0 && effects.HungPerSecond == 0 && Config(Topology.InstanceService[i], "tcp_keepalive") is "true" or "on" or "1")
            {
                // Keepalive probes find the dead peers and reset those connections.
                instance.HungConnections = instance.HungConnections < 0.5 ? 0 : instance.HungConnections * 0.98;
            }
        }
    }

    public double DiskCapacityGb(int i)
    {
        var host = Topology.InstanceHost[i];
        var sharing = Topology.HostInstanceCount[host];
        var spec = Topology.Services[Topology.InstanceService[i]];
        return Math.Max(spec.DiskUsedGb * 1.25, Topology.Hosts[host].DiskGb / Math.Max(1, sharing));
    }

    private void UpdateCoordinationAndDns()
    {
        var zk = Topology.CoordinationService;
        if (zk >= 0)
        {
            var members = Topology.ServiceInstances[zk];
            var up = 0;
            foreach (var i in members)
            {
                up += IsUp(i) ? 1 : 0;
            }

            var quorum = up * 2 > members.Length;
            if (quorum != CoordinationQuorum)
            {
                AddEvent(members[0], quorum ? "info" : "error", quorum ? "quorum regained" : $"quorum lost: {up} of {members.Length} members reachable");
            }

            CoordinationQuorum = quorum;
            SlowCoordinationClients();
        }

        var dns = Topology.DnsService;
        if (dns < 0 && !DnsBroken)
        {
            DnsFailShare = 0;
            return;
        }

        var anyUp = false;
        if (dns >= 0)
        {
            foreach (var i in Topology.ServiceInstances[dns])
            {
                anyUp |= IsUp(i);
            }
        }

        if (anyUp && !DnsBroken)
        {
            DnsDownSince = -1;
            DnsFailShare = 0;
            return;
        }

        if (DnsDownSince < 0)
        {
            DnsDownSince = Now;
        }

        // Cached names expire spread over one TTL, so failures ramp up rather than start at once.
        DnsFailShare = Math.Min(1, (Now - DnsDownSince) / (double)Math.Max(1, Topology.DnsTtlSeconds));
        for (var i = 0; i < Instances.Length; i++)
        {
            if (Topology.Dependencies[Topology.InstanceService[i]].Length > 0)
            {
                Effects[i].AddErrors(DnsFailShare, FailureReason.Dns);
            }
        }
    }

    private void UpdateRotation()
    {
        for (var i = 0; i < Instances.Length; i++)
        {
            ref var instance = ref Instances[i];
            var healthy = !instance.Drained && IsUp(i) && instance.ErrorShare < 0.5;
            if (instance.Drained)
            {
                instance.InRotation = false;
                continue;
            }

            if (healthy)
            {
                instance.UnhealthySince = -1;
                if (!instance.InRotation && Now - instance.HealthySince >= 5)
                {
                    instance.InRotation = true;
                }
            }
            else
            {
                instance.HealthySince = Now + 1;
                if (instance.UnhealthySince < 0)
                {
                    instance.UnhealthySince = Now;
                }

                if (instance.InRotation && Now - instance.UnhealthySince >= Topology.DetectSeconds[Topology.InstanceService[i]])
                {
                    instance.InRotation = false;
                }
            }
        }
    }
}
