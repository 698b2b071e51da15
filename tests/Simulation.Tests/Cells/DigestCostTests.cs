using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Cells;

/// <summary>Reading a cell's digest costs no hash while the cell is unchanged; a tick or an action is hashed anew.</summary>
public sealed class DigestCostTests
{
    [Fact]
    public void ReadingAnUnchangedCellManyTimes_HashesItOnce()
    {
        var cell = Cell.Create(TestScenarios.Manta, 7);
        cell.RunUntil(120);
        var first = cell.Digest;
        var hashed = cell.DigestsComputed;

        for (var read = 0; read < 1_000; read++)
        {
            Assert.Equal(first, cell.Digest);
        }

        Assert.Equal(hashed, cell.DigestsComputed);
    }

    [Fact]
    public void ATickOrAnAction_ChangesTheDigestToTheNewStatesHash()
    {
        var cell = Cell.Create(TestScenarios.Manta, 7);
        cell.RunUntil(120);
        var before = cell.Digest;

        cell.Tick();
        var ticked = cell.Digest;
        cell.Execute("svcs -x");
        var acted = cell.Digest;

        Assert.NotEqual(before, ticked);
        Assert.NotEqual(ticked, acted);
        Assert.Equal(CellDigest.Of(cell.State, cell.State.Alarms!, cell.State.Resolution!, cell.State.Stakeholders!, cell.Actions.Count), acted);
        Assert.Equal(Cell.Replay(TestScenarios.Manta, 7, cell.Actions, cell.Now).Digest, acted);
    }
}
