using System.Collections.Immutable;
using System.Net;
using PracticePlatform.Contracts.Faults;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Each injected fault's grain records who injected and ended it when; the session's fault history reads them.</summary>
public sealed class FaultHistoryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task InjectAndRevert_AreRecordedWithWhoAndWhen()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromSeconds(40));
        var injectedWall = factory.Clock.GetUtcNow();
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromSeconds(50));
        var revertedWall = factory.Clock.GetUtcNow();
        await PracticeClient.ReadAsync<CommandOutcome>(await g.Admin.Http.DeleteAsync($"/api/sessions/{g.Id}/faults/webapi-crash"));

        var history = await g.Ines.GetAsync<ImmutableArray<FaultRecord>>($"/api/sessions/{g.Id}/faults");

        var fault = Assert.Single(history);
        Assert.Equal(new FaultRecord(g.Id, "webapi-crash", "process-crash", "webapi", "ines", 40, injectedWall, "admin", 90, revertedWall, ClearedByKillSwitch: false), fault);
    }

    [Fact]
    public async Task AFaultTheRespondersMitigated_EndsAsMitigated_NotActive()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-mitigated", manualInjects: true);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromSeconds(60));

        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var session = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var history = await g.Ines.GetAsync<ImmutableArray<FaultRecord>>($"/api/sessions/{g.Id}/faults");

        var summary = Assert.Single(session.Faults);
        Assert.Equal("mitigated", summary.Status);
        var fault = Assert.Single(history);
        Assert.Equal("mitigated", fault.State);
        Assert.Null(fault.EndedBy);
        Assert.Equal(summary.MitigatedAt, fault.MitigatedAtSecond);
        Assert.InRange(fault.MitigatedAtSecond!.Value, 60, 90);
    }

    [Fact]
    public async Task TheStagedScript_InjectsAtItsTime_WithoutAnInstigator_AndAlarmsFollow()
    {
        // manta-webapi-crash stages its crash at simulated minute 3 (`at: 3m`).
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty((await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}")).Faults);

        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var session = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var history = await g.Ines.GetAsync<ImmutableArray<FaultRecord>>($"/api/sessions/{g.Id}/faults");
        var alarms = await g["rui"].GetAsync<ImmutableArray<AlarmView>>($"/api/sessions/{g.Id}/alarms");

        Assert.Contains(session.Faults, f => f.Id == "webapi-crash");
        var fault = Assert.Single(history);
        Assert.Equal(("webapi-crash", "scenario script", 180L), (fault.FaultId, fault.InjectedBy, fault.InjectedAtSecond));
        Assert.Contains(alarms, a => a.Firing && a.Id == "webapi-instances-unhealthy");
    }

    [Fact]
    public async Task KillSwitch_EndsEveryFault_AndTheHistorySaysSo()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromSeconds(30));

        await g.Ines.PostAsync<SessionView>(g.Id, "abort");
        var history = await g.Ines.GetAsync<ImmutableArray<FaultRecord>>($"/api/sessions/{g.Id}/faults");

        var fault = Assert.Single(history);
        Assert.Equal(("ines", 0L, "ines", 30L, true), (fault.InjectedBy, fault.InjectedAtSecond, fault.EndedBy, fault.EndedAtSecond, fault.ClearedByKillSwitch));
    }

    [Fact]
    public async Task FaultHistory_IsHiddenFromResponders_UntilTheDebrief()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });

        var response = await g["rui"].Http.GetAsync($"/api/sessions/{g.Id}/faults");
        await ProblemAssert.IsAsync(response, HttpStatusCode.Forbidden, "hidden from responders");

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["ana"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "cleared" });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        var afterDebrief = await g["rui"].GetAsync<ImmutableArray<FaultRecord>>($"/api/sessions/{g.Id}/faults");

        Assert.Equal("webapi-crash", Assert.Single(afterDebrief).FaultId);
    }
}
