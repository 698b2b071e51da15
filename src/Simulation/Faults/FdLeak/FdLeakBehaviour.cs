using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.FdLeak;

/// <summary>
/// A configuration value makes the service leak descriptors. The leak stops when the value is undone; descriptors
/// already leaked stay open until the process restarts, because nothing in the process will close them.
/// </summary>
internal sealed class FdLeakBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        FaultTargeting.PushConfig(cell, fault);

        var limit = fault.Number("max_fds");
        foreach (var i in newTargets)
        {
            ref var instance = ref cell.Instances[i];
            instance.MaxFds = instance.MaxFds > 0 ? instance.MaxFds : limit;
            cell.AddEvent(i, "info", $"{Tools.RemediationCommands.ConfigReloaded}{fault.Text("key")} = {fault.Text("value")}");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        var leak = fault.Number("leak_per_s");
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            ref var instance = ref cell.Instances[fault.Targets[k]];
            if (!fault.Mitigated[k] && instance.Process == Cells.ProcessState.Online)
            {
                // A process cannot open more than its limit: once the table is full the leak waits for a free slot.
                instance.LeakedFds = Math.Min(instance.LeakedFds + leak, Math.Max(instance.LeakedFds, instance.MaxFds - CellState.BaseFds));
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb is RemediationVerb.ConfigRollback or RemediationVerb.ConfigSet && !CauseRemains(cell, fault))
        {
            FaultTargeting.MitigateIfService(cell, fault, remediation);
        }
    }

    public override bool CauseRemains(CellState cell, ActiveFault fault) => FaultTargeting.ConfigStillBad(cell, fault);

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        FaultTargeting.RollbackConfig(cell, fault);

        foreach (var i in fault.Targets)
        {
            cell.Instances[i].LeakedFds = 0;
        }
    }
}
