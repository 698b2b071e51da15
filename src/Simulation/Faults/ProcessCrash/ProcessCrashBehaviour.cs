using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.ProcessCrash;

/// <summary>The process dumps core on every start until the restarter gives up; a clear or restart brings it back.</summary>
internal sealed class ProcessCrashBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        foreach (var i in newTargets)
        {
            cell.AddEvent(i, "fatal", "uncaught exception: TypeError: Cannot read properties of undefined (reading 'owner'); process dumped core");
            cell.Instances[i].RecentRestarts = 3;
            cell.Crash(i, "Stopping because process dumped core.");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        // Restarts by the restarter crash again until someone intervenes.
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            var i = fault.Targets[k];
            if (!fault.Mitigated[k] && cell.Instances[i].Process == ProcessState.Online)
            {
                cell.Crash(i, "Stopping because process dumped core.");
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb is RemediationVerb.Restart or RemediationVerb.Clear or RemediationVerb.Enable)
        {
            foreach (var i in remediation.Instances)
            {
                fault.Mitigate(i, cell.Now);
            }
        }
    }

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k] && cell.Instances[fault.Targets[k]].Process != ProcessState.Online)
            {
                cell.Restart(fault.Targets[k]);
            }
        }
    }
}
