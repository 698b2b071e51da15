using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// A cell action is written by the cell before its session records it. A process killed between the two writes
/// leaves the cell one action ahead of the timeline; these tests make exactly that state by acting on the cell
/// grain alone, as the session would have just before the kill, then restart the host.
/// </summary>
public sealed class LostAnswerRecoveryTests
{
    [Fact]
    public async Task ACommandTheCellAppliedButTheSessionNeverRecorded_IsPutOnTheTimelineAfterARestart_Once()
    {
        var (after, g) = await RestartAfterAsync(async (before, group, cell) =>
        {
            before.Clock.Advance(TimeSpan.FromSeconds(30));
            await group.Ines.PostAsync<CommandOutcome>(group.Id, "faults", new { injectId = "webapi-crash" });
            before.Clock.Advance(TimeSpan.FromSeconds(200));
            var applied = await cell.ExecuteAsync("svcadm clear webapi", group.Person("ana").Name);
            Assert.True(applied.ChangedState, applied.Output);
        });
        await using var _ = after;
        using var __ = g;
        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        var recovered = Assert.Single(timeline, e => e.Kind == TimelineKind.Command);
        Assert.Equal(g.Person("ana").Name, recovered.Actor);
        Assert.Equal(230, recovered.Second);
        Assert.StartsWith("svcadm clear webapi (", recovered.Text, StringComparison.Ordinal);
        Assert.Contains("answer was lost", recovered.Text, StringComparison.Ordinal);

        // The next action is recorded as usual, and the recovered one is not put on the timeline again.
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs -xv" });
        after.Clock.Advance(TimeSpan.FromSeconds(5));
        var later = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        Assert.Equal(["svcadm clear webapi", "svcs -xv"], later.Where(e => e.Kind == TimelineKind.Command).Select(e => e.Text.Split(" (")[0]).ToArray());
    }

    [Fact]
    public async Task AnInjectTheSessionNeverRecorded_IsCreditedToItsInstigator_NotToTheScript()
    {
        var (after, g) = await RestartAfterAsync(async (before, group, cell) =>
        {
            before.Clock.Advance(TimeSpan.FromSeconds(20));
            Assert.True((await cell.InjectAsync("webapi-crash", group.Person("ines").Name)).Ok);
        });
        await using var _ = after;
        using var __ = g;
        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        var history = await g.Ines.GetAsync<ImmutableArray<Contracts.Faults.FaultRecord>>($"/api/sessions/{g.Id}/faults");

        Assert.Single(timeline, e => e.Kind == TimelineKind.Inject && e.Actor == g.Person("ines").Name && e.Text.StartsWith("inject webapi-crash (", StringComparison.Ordinal));
        Assert.Equal(g.Person("ines").Name, Assert.Single(history).InjectedBy);
    }

    [Fact]
    public async Task ARevertTheSessionNeverRecorded_EndsTheFaultInItsHistory()
    {
        var (after, g) = await RestartAfterAsync(async (before, group, cell) =>
        {
            await group.Ines.PostAsync<CommandOutcome>(group.Id, "faults", new { injectId = "webapi-crash" });
            before.Clock.Advance(TimeSpan.FromSeconds(45));
            Assert.True((await cell.RevertAsync("webapi-crash", group.Person("ines").Name)).Ok);
        });
        await using var _ = after;
        using var __ = g;
        var history = await g.Ines.GetAsync<ImmutableArray<Contracts.Faults.FaultRecord>>($"/api/sessions/{g.Id}/faults");

        var fault = Assert.Single(history);
        Assert.Equal((g.Person("ines").Name, 45L, false), (fault.EndedBy, fault.EndedAtSecond, fault.ClearedByKillSwitch));
    }

    [Fact]
    public async Task ActionsTheSessionRecorded_AreNeverTakenForLostOnes()
    {
        await using var api = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(api, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs -xv" });
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        api.Clock.Advance(TimeSpan.FromSeconds(3));
        await g.Ines.PostAsync<SessionView>(g.Id, "abort");

        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");

        Assert.DoesNotContain(timeline, e => e.Text.Contains("answer was lost", StringComparison.Ordinal));
        Assert.Equal(2, timeline.Count(e => e.Kind == TimelineKind.Command));
        Assert.Single(timeline, e => e.Kind == TimelineKind.KillSwitch);
    }

    /// <summary>
    /// A started session on a host that is then stopped and started again on the same data folder: what
    /// <paramref name="beforeTheRestart"/> does to the cell grain directly is what a kill right after the cell's
    /// write would have left.
    /// </summary>
    private static async Task<(ApiFactory After, PracticeGroup Group)> RestartAfterAsync(Func<ApiFactory, PracticeGroup, ICellGrain, Task> beforeTheRestart)
    {
        var before = new ApiFactory { KeepsDataFolder = true };
        var g = await PracticeGroup.CreateAsync(before, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await beforeTheRestart(before, g, before.Services.GetRequiredService<IGrainFactory>().GetGrain<ICellGrain>(g.Id));
        await before.DisposeAsync();
        var after = before.Restarted();
        g.Rebind(after);
        return (after, g);
    }
}
