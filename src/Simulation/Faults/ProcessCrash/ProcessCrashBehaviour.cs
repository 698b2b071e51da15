using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.ProcessCrash;

/// <summary>
/// The process dumps core on every start until the restarter gives up; a clear or restart brings it back. The bug
/// stays in the code, so a staged crash's later stage hits every instance again at its time, cleared or not,
/// unless the scenario's <c>key</c> was set to a fixed value first (a clear treats the symptom, not the cause).
/// </summary>
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

    public override bool LaterStageComes(CellState cell, ActiveFault fault) => !CauseRemoved(cell, fault);

    public override void OnEscalate(CellState cell, ActiveFault fault, int[] added)
    {
        if (CauseRemoved(cell, fault))
        {
            // The fixed code runs on the instances the stage would have reached: nothing happens to them.
            foreach (var i in added)
            {
                fault.Mitigate(i, cell.Now);
            }

            return;
        }

        fault.Recur();
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            var i = fault.Targets[k];
            if (cell.Instances[i].Process == ProcessState.Online || Array.IndexOf(added, i) >= 0)
            {
                OnStart(cell, fault, [i]);
            }
        }
    }

    /// <summary>Whether the service runs a configuration without the crashing code (only when the scenario names its key).</summary>
    private static bool CauseRemoved(CellState cell, ActiveFault fault)
    {
        var key = fault.Text("key");
        var service = FaultTargeting.Service(cell, fault);
        if (key.Length == 0 || service < 0)
        {
            return false;
        }

        var value = cell.Config(service, key);
        var rule = new ConfigRule(fault.Text("valid"));
        return rule.IsEmpty ? value != cell.Topology.Services[service].Config.GetValueOrDefault(key, "") : rule.Accepts(value);
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
