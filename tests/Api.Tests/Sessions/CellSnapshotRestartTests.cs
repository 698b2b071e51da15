using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Cells;
using PracticePlatform.Silo.Storage;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// A cell that ran past several snapshot intervals resumes after a restart from its latest snapshot, replaying only
/// the actions and seconds after it, at the same second and digest as before; an unusable snapshot means a full replay.
/// </summary>
[Collection(ProcessWideCounters.Name)]
public sealed class CellSnapshotRestartTests
{
    [Fact]
    public async Task Restart_AfterSeveralSnapshotIntervals_ResumesFromTheSnapshot_AtTheSameSecondAndDigest()
    {
        var (before, g, running) = await RunPastThreeSnapshotsAsync();

        var fromSnapshot = CellInstruments.RebuiltFromSnapshot;
        var refused = CellInstruments.SnapshotsRefused;
        using var group = g;
        await using var after = before.Restarted();
        g.Rebind(after);
        var resumed = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");

        Assert.Equal((3 * CellGrain.SnapshotEverySeconds) + 300, running.Second);
        Assert.Equal(running.Second, resumed.Second);
        Assert.Equal(running.Digest, resumed.Digest);
        Assert.True(CellInstruments.RebuiltFromSnapshot > fromSnapshot, "the cell's activation after the restart did not use its snapshot");
        Assert.Equal(refused, CellInstruments.SnapshotsRefused);
    }

    [Fact]
    public async Task Restart_WithACorruptSnapshot_FallsBackToAFullReplay_AtTheSameSecondAndDigest()
    {
        var (before, g, running) = await RunPastThreeSnapshotsAsync(corruptSnapshot: true);

        var refused = CellInstruments.SnapshotsRefused;
        var fullReplays = CellInstruments.RebuiltByFullReplay;
        using var group = g;
        await using var after = before.Restarted();
        g.Rebind(after);
        var resumed = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");

        Assert.Equal(running.Second, resumed.Second);
        Assert.Equal(running.Digest, resumed.Digest);
        Assert.True(CellInstruments.SnapshotsRefused > refused, "the corrupt snapshot was not refused");
        Assert.True(CellInstruments.RebuiltByFullReplay > fullReplays, "the cell did not fall back to a full replay");
    }

    private static async Task<(ApiFactory Before, PracticeGroup Group, SessionView Running)> RunPastThreeSnapshotsAsync(bool corruptSnapshot = false)
    {
        var before = new ApiFactory { KeepsDataFolder = true };
        var g = await PracticeGroup.CreateAsync(before, PracticeFlowTests.Scenario);
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
        var running = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        if (corruptSnapshot)
        {
            await CorruptSnapshotAsync(before, g.Id);
        }

        await before.DisposeAsync();
        return (before, g, running);
    }

    /// <summary>Flips one byte in the middle of the stored snapshot, as a torn or rotten record would.</summary>
    private static async Task CorruptSnapshotAsync(ApiFactory api, Guid cell)
    {
        var store = (GrainStateStore)api.Services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        var key = new GrainStateKey("cell", cell.ToString("N"), "cellSnapshot");
        var stored = await store.ReadAsync(key);
        Assert.NotNull(stored?.Payload);
        var state = JsonSerializer.Deserialize<CellSnapshotState>(stored.Payload)!;
        state.Bytes![state.Bytes.Length / 2] ^= 0x5A;
        await store.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(state), stored.ETag);
    }
}
