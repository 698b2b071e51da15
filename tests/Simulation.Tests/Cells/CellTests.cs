using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Cells;

public sealed class CellTests
{
    [Fact]
    public void Baseline_BeforeAnyInject_AlmostEveryRequestSucceeds()
    {
        var cell = Cell.Create(TestScenarios.Manta, 1);

        cell.RunUntil(150);

        Assert.All(cell.Health.RequestTypes, r => Assert.True(r.SuccessRate > 0.995, $"{r.Id}: {r.SuccessRate}"));
        Assert.All(cell.Health.RequestTypes, r => Assert.InRange(r.P99Ms, 1, 2000));
        Assert.DoesNotContain(cell.Alarms, a => a.Firing);
    }

    [Fact]
    public void SameSeedAndActions_GiveTheSameDigest()
    {
        static Cell Run()
        {
            var cell = Cell.Create(TestScenarios.Manta, 42);
            cell.RunUntil(400);
            cell.Execute("svcs -xv webapi");
            cell.Execute("svcadm clear webapi");
            cell.RunUntil(900);
            return cell;
        }

        Assert.Equal(Run().Digest, Run().Digest);
    }

    [Fact]
    public void DifferentSeeds_DifferButHaveSimilarBaselines()
    {
        var a = Cell.Create(TestScenarios.Manta, 1);
        var b = Cell.Create(TestScenarios.Manta, 2);

        a.RunUntil(170);
        b.RunUntil(170);

        Assert.NotEqual(a.Digest, b.Digest);
        var attemptedA = a.GroundTruth.RequestTypes.Sum(r => r.Minutes.Sum(m => m.Attempted));
        var attemptedB = b.GroundTruth.RequestTypes.Sum(r => r.Minutes.Sum(m => m.Attempted));
        Assert.InRange(attemptedA / (double)attemptedB, 0.97, 1.03);
    }

    [Fact]
    public void Replay_OfTheActionLog_RebuildsTheSameCell()
    {
        var live = Cell.Create(TestScenarios.Manta, 7);
        live.RunUntil(300);
        live.Execute("svcs -xv");
        live.Execute("svcadm clear webapi-1");
        live.RunUntil(500);
        live.Inject("webapi-crash");
        live.RunUntil(800);
        live.ClearAllFaults();
        live.RunUntil(1000);

        var replayed = Cell.Replay(TestScenarios.Manta, 7, live.Actions, 1000);

        Assert.Equal(live.Digest, replayed.Digest);
        Assert.Equal(live.Actions, replayed.Actions);
    }
}
