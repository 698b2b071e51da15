using PracticePlatform.Grains.Cells;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// A cell that ran past several snapshot intervals resumes after a restart from its latest snapshot, replaying only
/// the actions and seconds after it, at the same second and digest as before.
/// </summary>
public sealed class CellSnapshotRestartTests
{
    [Fact]
    public async Task Restart_AfterSeveralSnapshotIntervals_ResumesFromTheSnapshot_AtTheSameSecondAndDigest()
    {
        var before = new ApiFactory { KeepsDataFolder = true };
        SessionView running;
        PracticeGroup g;
        using (g = await PracticeGroup.CreateAsync(before, PracticeFlowTests.Scenario))
        {
            await g.Ines.PostAsync<SessionView>(g.Id, "start");
            var interval = TimeSpan.FromSeconds(CellGrain.SnapshotEverySeconds);
            for (var k = 0; k < 3; k++)
            {
                before.Clock.Advance(interval);
                await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
            }

            // An action and some seconds after the last snapshot: the restart has to replay both on top of it.
            before.Clock.Advance(TimeSpan.FromSeconds(130));
            var command = await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
            Assert.True(command.Ok, command.Output);
            before.Clock.Advance(TimeSpan.FromSeconds(170));
            running = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        }
        await before.DisposeAsync();

        var fromSnapshot = CellInstruments.RebuiltFromSnapshot;
        var refused = CellInstruments.SnapshotsRefused;
        await using var after = before.Restarted();
        g.Rebind(after);
        var resumed = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");

        Assert.Equal((3 * CellGrain.SnapshotEverySeconds) + 300, running.Second);
        Assert.Equal(running.Second, resumed.Second);
        Assert.Equal(running.Digest, resumed.Digest);
        Assert.True(CellInstruments.RebuiltFromSnapshot > fromSnapshot, "the cell's activation after the restart did not use its snapshot");
        Assert.Equal(refused, CellInstruments.SnapshotsRefused);
    }
}
