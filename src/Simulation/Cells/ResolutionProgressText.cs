using System.Globalization;
using PracticePlatform.Simulation.Alarms;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Text;

namespace PracticePlatform.Simulation.Cells;

/// <summary>
/// How far a cell is from one resolution criterion, in words: what it measures now, and for a criterion that must
/// hold a while, for how long it has. Never names an inject (responders read it when they declare restoration).
/// </summary>
internal static class ResolutionProgressText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <param name="cell">The cell now.</param>
    /// <param name="criterion">The criterion as the scenario writes it.</param>
    /// <param name="target">The criterion's target resolved in the topology (-1 for "*").</param>
    /// <param name="held">Seconds the criterion has held without a break, or -1 when it does not hold now.</param>
    public static string Of(CellState cell, ResolutionCriterion criterion, int target, long held)
    {
        var now = criterion.Kind switch
        {
            ResolutionKind.AllOnline => Online(cell, target),
            ResolutionKind.ErrorRateBelow => Below("errors", criterion, Percent(AlarmEvaluator.SmoothedFailShare(cell, target)), Percent(criterion.Threshold), held),
            ResolutionKind.LatencyBelow => Below("p99 latency", criterion, Ms(AlarmEvaluator.SmoothedP99(cell, target)), Ms(criterion.Threshold), held),
            ResolutionKind.FaultCleared => Fault(cell, criterion.Target),
            ResolutionKind.PrimaryIn => PrimaryIn(cell, target, criterion.Datacenter ?? ""),
            ResolutionKind.NoLostWrites => cell.Databases[target].LostWrites == 0
                ? "no writes lost"
                : string.Create(Inv, $"{cell.Databases[target].LostWrites:N0} writes lost; they cannot be recovered"),
            ResolutionKind.AllReplicating => cell.NotReplicating(target) is var peer and >= 0
                ? $"{cell.Topology.InstanceIds[peer]} is {cell.Databases[target].RoleOf(peer)}{(cell.IsUp(peer) ? "" : " and not running")}"
                : "every peer replicating",
            _ => Replication(cell, target, criterion.Threshold),
        };
        return criterion.For <= TimeSpan.Zero || held < 0 || criterion.Kind is ResolutionKind.ErrorRateBelow or ResolutionKind.LatencyBelow
            ? now
            : $"{now}, for {Duration(held, criterion.For)}";
    }

    private static string Below(string measure, ResolutionCriterion criterion, string value, string threshold, long held) =>
        held < 0
            ? $"{measure} at {value}, not below {threshold}"
            : criterion.For <= TimeSpan.Zero
                ? $"{measure} at {value}, below {threshold}"
                : $"{measure} below {threshold} for {Duration(held, criterion.For)} (at {value} now)";

    private static string PrimaryIn(CellState cell, int database, string datacenter)
    {
        var primary = cell.Databases[database].Primary;
        if (primary < 0 || !cell.IsUp(primary))
        {
            return "no primary is up";
        }

        var where = cell.Topology.Datacenter(primary);
        return where == datacenter
            ? $"primary {cell.Topology.InstanceIds[primary]} is in {datacenter}"
            : $"primary {cell.Topology.InstanceIds[primary]} is in {where}, not in {datacenter}";
    }

    private static string Online(CellState cell, int service)
    {
        int total = 0, serving = 0;
        for (var i = 0; i < cell.Instances.Length; i++)
        {
            if (service < 0 || cell.Topology.InstanceService[i] == service)
            {
                total++;
                if (cell.Instances[i].Process == ProcessState.Online && cell.Instances[i].InRotation)
                {
                    serving++;
                }
            }
        }

        return serving == total
            ? $"all {total} instances online and in rotation"
            : $"{serving} of {total} instances online and in rotation";
    }

    private static string Fault(CellState cell, string injectId)
    {
        FaultStatus? last = null;
        foreach (var fault in cell.Faults)
        {
            if (fault.Id == injectId)
            {
                last = fault.Status;
            }
        }

        return last switch
        {
            FaultStatus.Active => "the fault is still active",
            FaultStatus.Armed => "the fault is armed",
            { } status => $"the fault is {status.ToString().ToLowerInvariant()}",
            null => cell.IsPending(injectId) ? "the inject has not fired yet" : "the inject did not fire",
        };
    }

    private static string Replication(CellState cell, int database, double maxLag)
    {
        var db = cell.Databases[database];
        var ids = cell.Topology.InstanceIds;
        if (db.Primary < 0 || !cell.IsUp(db.Primary))
        {
            return "no primary is up";
        }

        if (cell.Topology.Databases[database].Sync is null)
        {
            return $"primary {ids[db.Primary]} up";
        }

        if (db.Sync < 0 || !cell.IsUp(db.Sync))
        {
            return $"primary {ids[db.Primary]} up, no sync replica up";
        }

        var lag = cell.Instances[db.Sync].Lag;
        return lag <= maxLag
            ? string.Create(Inv, $"primary {ids[db.Primary]} up, sync replica {ids[db.Sync]} {lag:0} s behind (at most {maxLag:0.##} s)")
            : string.Create(Inv, $"primary {ids[db.Primary]} up, sync replica {ids[db.Sync]} {lag:0} s behind, more than {maxLag:0.##} s");
    }

    private static string Duration(long held, TimeSpan required) =>
        held >= (long)required.TotalSeconds
            ? Durations.Format(TimeSpan.FromSeconds(held))
            : $"{Durations.Format(TimeSpan.FromSeconds(held))} of {Durations.Format(required)}";

    private static string Percent(double share) => (share * 100).ToString("0.##", Inv) + "%";

    private static string Ms(double ms) => ms.ToString("0", Inv) + " ms";
}
