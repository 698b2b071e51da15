using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Snapshots;
using PracticePlatform.Simulation.Tests.Catalog;

namespace PracticePlatform.Simulation.Tests.Snapshots;

/// <summary>
/// A built-in scenario played with its intended fix and an instigator's revert, with snapshots taken along
/// the way: mid-fault (off a minute boundary), right after every remediation (same second) and after the revert.
/// </summary>
internal sealed class SnapshotRun
{
    private SnapshotRun(Scenario scenario, ulong seed, Cell cell, List<(CellSnapshot Snapshot, string Digest)> taken)
    {
        Scenario = scenario;
        Seed = seed;
        Cell = cell;
        Taken = taken;
    }

    public Scenario Scenario { get; }

    public ulong Seed { get; }

    /// <summary>The original cell, at <see cref="End"/>.</summary>
    public Cell Cell { get; }

    public long End => Cell.Now;

    /// <summary>Each snapshot with the original's digest when it was taken.</summary>
    public IReadOnlyList<(CellSnapshot Snapshot, string Digest)> Taken { get; }

    public static TheoryData<string, ulong> ScenariosAndSeeds
    {
        get
        {
            var data = new TheoryData<string, ulong>();
            foreach (var id in BuiltInScenarios.Ids)
            {
                data.Add(id, 7);
                data.Add(id, 20260401);
            }

            return data;
        }
    }

    public static SnapshotRun Play(string id, ulong seed)
    {
        var scenario = BuiltInScenarios.Get(id);
        var steps = BuiltInScenarios.IntendedFix(id).Steps;
        var firstInject = scenario.Injects.Where(i => i.At is not null).MinBy(i => i.At!.Value)!;
        var lastStep = (long)steps.Max(s => s.At).TotalSeconds;
        var plan = new List<(long Second, int Order, Action<Cell> Act)>
        {
            ((long)firstInject.At!.Value.TotalSeconds + 37, 1, null!),
            (lastStep + 313, 0, c => c.Revert(firstInject.Id)),
            (lastStep + 313, 1, null!),
        };
        plan.AddRange(steps.Select(s => ((long)s.At.TotalSeconds, 0, (Action<Cell>)(c => c.Execute(s.Command)))));
        plan.AddRange(steps.Select(s => ((long)s.At.TotalSeconds, 1, (Action<Cell>)null!)));

        var cell = Cell.Create(scenario, seed);
        var taken = new List<(CellSnapshot, string)>();
        foreach (var (second, _, act) in plan.OrderBy(p => p.Second).ThenBy(p => p.Order))
        {
            cell.RunUntil(second);
            if (act is null)
            {
                taken.Add((cell.Snapshot(), cell.Digest));
            }
            else
            {
                act(cell);
            }
        }

        cell.RunUntil(lastStep + (20 * 60));
        return new SnapshotRun(scenario, seed, cell, taken);
    }
}
