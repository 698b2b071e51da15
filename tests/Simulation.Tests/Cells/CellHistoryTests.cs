using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Cells;

/// <summary>A cell's history answers any second exactly as a full replay of the log up to it, also while the log grows.</summary>
public sealed class CellHistoryTests
{
    private const ulong Seed = 3;

    [Fact]
    public void At_AnySecond_IsTheCellAFullReplayGives_WhateverOrderTheSecondsAreAskedIn()
    {
        var live = Played(TestScenarios.Manta, until: 1500);
        var history = new CellHistory(TestScenarios.Manta, Seed, every: 300);
        history.Append(live.Actions);

        foreach (var second in new long[] { 1500, 0, 299, 300, 301, 61, 1200, 907, 60 })
        {
            var replayed = history.At(second);
            Assert.Equal(second, replayed.Now);
            Assert.Equal(Cell.Replay(TestScenarios.Manta, Seed, live.Actions, second).Digest, replayed.Digest);
        }
        Assert.Equal(6, history.CheckpointCount);
    }

    [Fact]
    public void At_WhileTheLogGrows_KeepsItsCheckpoints_AndSeesTheNewActions()
    {
        var live = Cell.Create(TestScenarios.Manta, Seed);
        var history = new CellHistory(TestScenarios.Manta, Seed, every: 120);
        live.RunUntil(400);
        live.Inject("webapi-crash");
        history.Append(live.Actions);
        var before = history.At(400).Digest;

        // An action at the second already replayed, then more seconds: the checkpoints up to it still fit.
        live.Execute("svcadm clear webapi", "rui");
        live.RunUntil(700);
        history.Append(live.Actions.Skip(history.ActionCount));

        Assert.Equal(live.Digest, history.At(700).Digest);
        Assert.NotEqual(before, history.At(400).Digest);
        Assert.Equal(Cell.Replay(TestScenarios.Manta, Seed, live.Actions, 400).Digest, history.At(400).Digest);
    }

    [Fact]
    public void Append_AnActionBeforeTheLatestCheckpoint_IsRefused()
    {
        var history = new CellHistory(TestScenarios.Manta, Seed, every: 60);
        history.At(180);

        Assert.Throws<ArgumentException>(() => history.Append([new CellAction(100, CellActionKind.Command, "uptime", "rui")]));
    }

    private static Cell Played(PracticePlatform.Simulation.Scenarios.Scenario scenario, long until)
    {
        var cell = Cell.Create(scenario, Seed);
        cell.RunUntil(60);
        cell.Inject("webapi-crash");
        cell.RunUntil(300);
        cell.Execute("svcs -xv", "rui");
        cell.Execute("svcadm clear webapi", "ana");
        cell.RunUntil(905);
        cell.Execute("uptime", "rui");
        cell.RunUntil(until);
        return cell;
    }
}
