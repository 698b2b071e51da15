using System.Collections.Immutable;
using System.Net;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Participants;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Alarms and their acknowledgement, speed, metrics and command history while a session runs.</summary>
public sealed class LiveSessionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task FiringAlarm_IsAcknowledgedOnce_AndSetsTheTimeToAcknowledge()
    {
        using var g = await StartedAsync();
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        Minutes(3);

        var firing = (await g["rui"].GetAsync<ImmutableArray<AlarmView>>($"/api/sessions/{g.Id}/alarms")).First(a => a.Firing);
        var acked = await g["rui"].PostAsync<AlarmView>(g.Id, $"alarms/{firing.Id}/ack");
        var again = await g["ana"].PostAsync(g.Id, $"alarms/{firing.Id}/ack");
        var unknown = await g["ana"].PostAsync(g.Id, "alarms/no-such-alarm/ack");
        var listed = await g["obi"].GetAsync<ImmutableArray<AlarmView>>($"/api/sessions/{g.Id}/alarms");

        Assert.Equal("rui", acked.AcknowledgedBy);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already acknowledged by rui", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("rui", listed.Single(a => a.Id == firing.Id).AcknowledgedBy);

        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 3, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "cleared" });
        var debrief = await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        Assert.Equal(acked.AcknowledgedAt, debrief.InjectedAtSecond + debrief.TimeToAcknowledgeSeconds);
    }

    [Fact]
    public async Task Speed_PacesTheCellFaster_AndRefusesNonsense()
    {
        using var g = await StartedAsync();

        var fast = await g.Ines.PostAsync<SessionView>(g.Id, "speed", new { speed = 10 });
        factory.Clock.Advance(TimeSpan.FromSeconds(6));
        var view = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var zero = await g.Ines.PostAsync(g.Id, "speed", new { speed = 0 });
        var huge = await g.Ines.PostAsync(g.Id, "speed", new { speed = 1000 });
        var text = await g.Ines.PostAsync(g.Id, "speed", new { speed = "fast" });
        var responder = await g["rui"].PostAsync(g.Id, "speed", new { speed = 2 });

        Assert.Equal(10, fast.Speed);
        Assert.Equal(60, view.Second);
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, responder.StatusCode);
        Assert.Equal(60, (await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}")).Second);
    }

    [Fact]
    public async Task Metrics_ShowEveryRequestTypePerMinute()
    {
        using var g = await StartedAsync();
        Minutes(3);

        var metrics = await g["eva"].GetAsync<CellMetrics>($"/api/sessions/{g.Id}/metrics");

        Assert.NotEmpty(metrics.Health.Services);
        Assert.All(metrics.RequestTypes, r => Assert.Equal(3, r.Minutes.Length));
        Assert.All(metrics.RequestTypes.SelectMany(r => r.Minutes), m => Assert.InRange(m.SuccessRate, 0.9, 1));
    }

    [Fact]
    public async Task CommandHistory_IsEachRespondersOwn()
    {
        using var g = await StartedAsync();
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "uptime" });
        await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs -xv" });

        var rui = await g["rui"].GetAsync<ImmutableArray<CommandRecord>>($"/api/sessions/{g.Id}/commands");

        var only = Assert.Single(rui);
        Assert.Equal("uptime", only.CommandLine);
        Assert.NotEmpty(only.Output);
    }

    private async Task<PracticeGroup> StartedAsync()
    {
        var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        return g;
    }

    private void Minutes(int count)
    {
        for (var i = 0; i < count; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
    }
}
