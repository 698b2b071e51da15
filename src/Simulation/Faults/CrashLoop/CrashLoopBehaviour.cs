using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.CrashLoop;

/// <summary>
/// A bad value in the service's config makes the process die a few seconds after each start; the restarter keeps
/// trying (with no give-up, like a Kubernetes back-off). Restarts do not help; rolling back the config does,
/// and turning the flag back on brings the crashes back.
/// </summary>
internal sealed class CrashLoopBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service >= 0)
        {
            cell.SetConfig(service, "feature_flags", BadFlag(fault));
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        var interval = (long)Math.Max(1, fault.Number("interval"));
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            var i = fault.Targets[k];
            var lives = interval + (i % 5 * interval / 4);
            if (!fault.Mitigated[k] && cell.Instances[i].Process == ProcessState.Online && cell.Now - cell.Instances[i].StateSince >= lives)
            {
                cell.AddEvent(i, "fatal", $"uncaught RangeError: invalid value for feature flag {fault.Text("flag")}; exiting");
                cell.Instances[i].RecentRestarts = 0;
                cell.Crash(i, "process exited with status 1; restarting (back-off)");
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

    /// <summary>The bad flag is still set: processes restarted by anyone die again.</summary>
    public override bool CauseRemains(CellState cell, ActiveFault fault)
    {
        var service = FaultTargeting.Service(cell, fault);
        return service >= 0 && cell.Config(service, "feature_flags").Contains(BadFlag(fault), StringComparison.Ordinal);
    }

    private static string BadFlag(ActiveFault fault) => fault.Text("flag") + "=on";

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service >= 0)
        {
            cell.RollbackConfig(service);
        }
    }
}
