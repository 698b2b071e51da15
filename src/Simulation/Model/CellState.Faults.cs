using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Model;

internal sealed partial class CellState
{
    private bool[]? _injectDone;

    private bool[] InjectDone => _injectDone ??= new bool[Topology.Scenario.Injects.Length];

    private void FireScheduledInjects()
    {
        var injects = Topology.Scenario.Injects;
        for (var k = 0; k < injects.Length; k++)
        {
            if (!InjectDone[k] && injects[k].At is { } at && (long)at.TotalSeconds <= Now)
            {
                Inject(injects[k].Id);
            }
        }

        foreach (var fault in Faults)
        {
            // A fault remedied early still reaches its later stage when its kind says the cause is still there.
            if (fault.EscalatedAt < 0 && fault.Spec.EscalateAt is { } escalate
                && fault.InjectedAt + (long)(escalate - (fault.Spec.At ?? TimeSpan.Zero)).TotalSeconds <= Now
                && (fault.IsLive || fault.Status == FaultStatus.Mitigated && fault.Behaviour.LaterStageComes(this, fault)))
            {
                Escalate(fault);
            }
        }
    }

    /// <summary>Starts the scenario's inject <paramref name="injectId"/>; returns an explanation when it cannot.</summary>
    public string? Inject(string injectId)
    {
        var injects = Topology.Scenario.Injects;
        var index = -1;
        for (var k = 0; k < injects.Length; k++)
        {
            index = injects[k].Id == injectId ? k : index;
        }

        if (index < 0)
        {
            return $"no inject '{injectId}' in scenario {Topology.Scenario.Id}{Text.Suggestions.DidYouMean(injectId, injects.Select(i => i.Id))}";
        }

        InjectDone[index] = true;
        foreach (var existing in Faults)
        {
            if (existing.Id == injectId && existing.IsLive)
            {
                return $"fault '{injectId}' is already active";
            }
        }

        var spec = injects[index];
        var descriptor = FaultCatalog.Find(spec.Kind);
        if (descriptor is null || !Topology.TryFind(spec.Target, out var type, out var targetIndex))
        {
            return $"inject '{injectId}' cannot be resolved in this cell";
        }

        int[] candidates = type switch
        {
            EntityType.Database when descriptor.Targets.HasFlag(FaultTargets.Database) => [targetIndex],
            EntityType.RequestType => [targetIndex],
            _ => Topology.InstancesOf(spec.Target),
        };
        var fault = new ActiveFault(spec, descriptor, candidates) { InjectedAt = Now, TargetType = type };
        var count = type == EntityType.RequestType ? 1 : Math.Max(1, (int)Math.Round(spec.Share * candidates.Length));
        fault.Targets = Choose(candidates, count);
        fault.Mitigated = new bool[fault.Targets.Length];
        Faults.Add(fault);
        fault.Behaviour.OnStart(this, fault, fault.Targets);
        return null;
    }

    private int[] Choose(int[] candidates, int count)
    {
        if (count >= candidates.Length)
        {
            return [.. candidates];
        }

        var pool = candidates.ToArray();
        for (var k = 0; k < count; k++)
        {
            var pick = k + FaultRandom.NextInt(pool.Length - k);
            (pool[k], pool[pick]) = (pool[pick], pool[k]);
        }

        var chosen = pool[..count];
        Array.Sort(chosen);
        return chosen;
    }

    private void Escalate(ActiveFault fault)
    {
        fault.EscalatedAt = Now;
        var added = fault.Candidates.Where(c => Array.IndexOf(fault.Targets, c) < 0).ToArray();
        if (added.Length == 0 && fault.IsLive)
        {
            return;
        }

        var targets = fault.Targets.Concat(added).ToArray();
        var mitigated = fault.Mitigated.Concat(new bool[added.Length]).ToArray();
        Array.Sort(targets, mitigated);
        fault.Targets = targets;
        fault.Mitigated = mitigated;
        fault.Behaviour.OnEscalate(this, fault, added);
    }

    /// <summary>Instigator: reverts the live fault started by inject <paramref name="faultId"/>.</summary>
    public string? Revert(string faultId)
    {
        for (var k = Faults.Count - 1; k >= 0; k--)
        {
            var fault = Faults[k];
            if (fault.Id == faultId && fault.Status is FaultStatus.Active or FaultStatus.Mitigated)
            {
                fault.Behaviour.OnRevert(this, fault);
                fault.Status = FaultStatus.Cleared;
                fault.EndedAt = fault.EndedAt < 0 ? Now : fault.EndedAt;
                return null;
            }
        }

        return $"no active fault '{faultId}'";
    }

    /// <summary>The kill switch: clears every fault, disarms scheduled injects and brings the whole cell back to health.</summary>
    public void ClearAll()
    {
        foreach (var fault in Faults)
        {
            if (fault.Status is FaultStatus.Active or FaultStatus.Mitigated)
            {
                fault.Behaviour.OnRevert(this, fault);
                fault.Status = FaultStatus.Cleared;
                fault.EndedAt = fault.EndedAt < 0 ? Now : fault.EndedAt;
            }
        }

        Array.Fill(InjectDone, true);
        for (var i = 0; i < Instances.Length; i++)
        {
            ResetInstance(i);
            Instances[i].Lag = 0;
            Instances[i].InRotation = true;
            Instances[i].UnhealthySince = -1;
        }

        for (var d = 0; d < Databases.Length; d++)
        {
            Databases[d] = NewDatabaseState(d);
        }

        for (var s = 0; s < ServiceRateLimit.Length; s++)
        {
            ServiceRateLimit[s] = double.PositiveInfinity;
            RollbackConfig(s);
        }

        Array.Clear(HostClockSkew);
        Array.Clear(QueueBacklog);
        foreach (var type in RequestTypes)
        {
            type.RetriesOverride = -1;
        }

        AddEvent(0, "info", "cell restored by instigator (all faults cleared)");
    }

    public ActiveFault? LiveFault(string kind)
    {
        foreach (var fault in Faults)
        {
            if (fault.IsLive && fault.Descriptor.Kind == kind)
            {
                return fault;
            }
        }

        return null;
    }

    /// <summary>
    /// Calls every live fault's remediation hook, in injection order. A fault whose inject names another in
    /// <c>after</c> ignores remedies while that one is still active: the order of steps matters. Decided before any
    /// fault hears the remedy, so one command cannot fix both in turn.
    /// </summary>
    public void NotifyRemediation(Remediation remediation)
    {
        var waiting = new bool[Faults.Count];
        for (var k = 0; k < Faults.Count; k++)
        {
            waiting[k] = Faults[k].Spec.After is { } after && IsActive(after);
        }

        for (var k = 0; k < Faults.Count; k++)
        {
            if (Faults[k].IsLive && !waiting[k])
            {
                Faults[k].Behaviour.OnRemediation(this, Faults[k], remediation);
            }
        }
    }

    private bool IsActive(string faultId)
    {
        foreach (var fault in Faults)
        {
            if (fault.Id == faultId && fault.IsLive)
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPending(string injectId)
    {
        var injects = Topology.Scenario.Injects;
        for (var k = 0; k < injects.Length; k++)
        {
            if (!InjectDone[k] && injects[k].Id == injectId)
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<InjectSpec> PendingInjects()
    {
        var injects = Topology.Scenario.Injects;
        for (var k = 0; k < injects.Length; k++)
        {
            if (!InjectDone[k])
            {
                yield return injects[k];
            }
        }
    }
}
