using System.Net;
using System.Net.Http.Json;
using System.Text;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

public sealed class SessionRulesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Scenario = PracticeFlowTests.Scenario;

    [Fact]
    public async Task Pause_BeforeStart_Is409ProblemJsonNamingTheState()
    {
        using var api = PracticeClient.For(factory);
        var id = (await api.CreateWithRosterAsync(Scenario)).Id;

        var response = await api.PostAsync(id, "pause", new { actor = "ines" });

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "Draft");
    }

    [Fact]
    public async Task Start_WhenRosterHasNoResponder_IsRejected()
    {
        using var api = PracticeClient.For(factory);
        var id = (await api.CreateAsync(Scenario)).Id;
        await api.PostAsync<SessionView>(id, "participants", new { name = "ines", role = "instigator" });

        var response = await api.PostAsync(id, "start", new { actor = "ines" });

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "responder");
    }

    [Fact]
    public async Task Roster_OutsideTheGuidance_IsAcceptedWithWarnings()
    {
        using var api = PracticeClient.For(factory);
        var id = (await api.CreateAsync(Scenario)).Id;

        var view = await api.PostAsync<SessionView>(id, "participants", new { name = "ines", role = "instigator" });

        Assert.Contains(view.Warnings, w => w.Contains("3-6 responders", StringComparison.Ordinal));
        Assert.DoesNotContain(view.Warnings, w => w.Contains("instigators", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownSession_Is404ProblemJson()
    {
        using var api = PracticeClient.For(factory);

        var response = await api.Http.GetAsync($"/api/sessions/{Guid.NewGuid()}/timeline");

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "No session");
    }

    [Fact]
    public async Task UnknownScenario_Is404ProblemJson()
    {
        using var api = PracticeClient.For(factory);

        var response = await api.Http.PostAsJsonAsync("/api/sessions", new { scenarioId = "no-such-scenario" });

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "no-such-scenario");
    }

    [Theory]
    [InlineData("{\"scenarioId\": ")]
    [InlineData("{\"scenarioId\": 42}")]
    [InlineData("{\"scenarioId\": \"manta-webapi-crash\", \"colour\": \"red\"}")]
    [InlineData("{}")]
    public async Task MalformedJson_Is400ProblemJson(string body)
    {
        using var api = PracticeClient.For(factory);

        var response = await api.Http.PostAsync("/api/sessions", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "JSON");
    }

    [Fact]
    public async Task UnknownRole_Is400ProblemJson()
    {
        using var api = PracticeClient.For(factory);
        var id = (await api.CreateAsync(Scenario)).Id;

        var response = await api.PostAsync(id, "participants", new { name = "zoe", role = "boss" });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "role");
    }

    [Fact]
    public async Task Responder_CannotPostAHint()
    {
        using var api = await RunningSessionAsync();

        var response = await api.Client.PostAsync(api.Id, "channel", new { actor = "rui", kind = "hint", text = "have you looked at svcs?" });

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "Responders post messages");
    }

    [Fact]
    public async Task Instigator_HintNotPhrasedAsAQuestion_Is400()
    {
        using var api = await RunningSessionAsync();

        var response = await api.Client.PostAsync(api.Id, "channel", new { actor = "ines", kind = "hint", text = "run svcadm clear webapi" });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "question");
    }

    [Fact]
    public async Task Instigator_MayGiveAHintAndAScenarioPointer_ButNotChat()
    {
        using var api = await RunningSessionAsync();

        var hint = await api.Client.PostAsync<TimelineEntry>(api.Id, "channel", new { actor = "ines", kind = "hint", text = "what does svcs -xv say on a webapi host?" });
        var pointer = await api.Client.PostAsync<TimelineEntry>(api.Id, "channel", new { actor = "ines", kind = "pointer", text = "svcs(1)" });
        var chat = await api.Client.PostAsync(api.Id, "channel", new { actor = "ines", kind = "message", text = "it is the webapi" });

        Assert.Equal(TimelineKind.Hint, hint.Kind);
        Assert.Equal(TimelineKind.Pointer, pointer.Kind);
        await AssertProblemAsync(chat, HttpStatusCode.Forbidden, "only post pointers and hints");
    }

    [Fact]
    public async Task Observer_CannotRunCommands()
    {
        using var api = await RunningSessionAsync();

        var response = await api.Client.PostAsync(api.Id, "commands", new { actor = "obi", commandLine = "svcs -xv" });

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "responder");
    }

    [Fact]
    public async Task Inject_OfAnUnknownInject_Is404()
    {
        using var api = await RunningSessionAsync();

        var response = await api.Client.PostAsync(api.Id, "faults", new { actor = "ines", injectId = "no-such-inject" });

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "no-such-inject");
    }

    [Fact]
    public async Task Assessment_WithAShareAboveOne_Is400_AndChangesNothing()
    {
        using var api = await RunningSessionAsync();
        await api.Client.PostAsync<SessionView>(api.Id, "resolve", new { actor = "rui" });

        var response = await api.Client.PostAsync(api.Id, "assessment", new
        {
            actor = "rui", startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double> { ["get-object"] = 1.5 }, rootCause = "x", summary = "y",
        });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "between 0 and 1");
        Assert.Equal(SessionStatus.Resolved, (await api.Client.GetAsync<SessionView>($"/api/sessions/{api.Id}")).Status);
    }

    private async Task<RunningSession> RunningSessionAsync()
    {
        var client = PracticeClient.For(factory);
        var id = (await client.CreateWithRosterAsync(Scenario)).Id;
        await client.PostAsync<SessionView>(id, "start", new { actor = "ines" });
        return new RunningSession(client, id);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detailContains, body, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record RunningSession(PracticeClient Client, Guid Id) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }
}
