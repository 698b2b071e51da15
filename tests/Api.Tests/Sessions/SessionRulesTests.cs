using System.Net;
using System.Net.Http.Json;
using System.Text;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

public sealed class SessionRulesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Scenario = PracticeFlowTests.Scenario;

    [Fact]
    public async Task Pause_BeforeStart_Is409ProblemJsonNamingTheState()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario);
        var id = g.Id;

        var response = await g["ines"].PostAsync(id, "pause");

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "Draft");
    }

    [Fact]
    public async Task Start_WhenRosterHasNoResponder_IsRejected()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, roster: false);
        var id = g.Id;

        var response = await g["ines"].PostAsync(id, "start");

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "responder");
    }

    [Fact]
    public async Task Roster_OutsideTheGuidance_IsAcceptedWithWarnings()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, roster: false);

        var view = await g.Ines.PostAsync<SessionView>(g.Id, "participants", new { personId = g.Person("rui").Id, role = "responder" });

        Assert.Contains(view.Warnings, w => w.Contains("3-6 responders", StringComparison.Ordinal));
        Assert.DoesNotContain(view.Warnings, w => w.Contains("instigators", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownSession_Is404ProblemJson()
    {
        using var api = PracticeClient.Admin(factory);

        var response = await api.Http.GetAsync($"/api/sessions/{Guid.NewGuid()}/timeline");

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "No session");
    }

    [Fact]
    public async Task UnknownScenario_Is404ProblemJson()
    {
        using var api = PracticeClient.Admin(factory);

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
        using var api = PracticeClient.Admin(factory);

        var response = await api.Http.PostAsync("/api/sessions", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "JSON");
    }

    [Fact]
    public async Task UnknownRole_Is400ProblemJson()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, roster: false);

        var response = await g.Ines.PostAsync(g.Id, "participants", new { personId = g.Person("rui").Id, role = "boss" });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "role");
    }

    [Fact]
    public async Task Responder_CannotPostAHint()
    {
        using var g = await RunningSessionAsync();

        var response = await g["rui"].PostAsync(g.Id, "channel", new { kind = "hint", text = "have you looked at svcs?" });

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "Responders post messages");
    }

    [Fact]
    public async Task Instigator_HintNotPhrasedAsAQuestion_Is400()
    {
        using var g = await RunningSessionAsync();

        var response = await g["ines"].PostAsync(g.Id, "channel", new { kind = "hint", text = "run svcadm clear webapi" });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "question");
    }

    [Fact]
    public async Task Instigator_MayGiveAHintAndAScenarioPointer_ButNotChat()
    {
        using var g = await RunningSessionAsync();

        var hint = await g["ines"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "hint", text = "what does svcs -xv say on a webapi host?" });
        var pointer = await g["ines"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "pointer", text = "svcs(1)" });
        var chat = await g["ines"].PostAsync(g.Id, "channel", new { kind = "message", text = "it is the webapi" });

        Assert.Equal(TimelineKind.Hint, hint.Kind);
        Assert.Equal(TimelineKind.Pointer, pointer.Kind);
        await AssertProblemAsync(chat, HttpStatusCode.Forbidden, "only post pointers and hints");
    }

    [Fact]
    public async Task Observer_ChannelPost_Is403ProblemJson_AndIsNotRecorded()
    {
        using var g = await RunningSessionAsync();

        var response = await g["obi"].PostAsync(g.Id, "channel", new { kind = "message", text = "I think it is the webapi" });

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "Observers cannot post");
        Assert.DoesNotContain(await g.Ines.GetAsync<TimelineEntry[]>($"/api/sessions/{g.Id}/channel"), e => e.Actor == "obi");
    }

    [Theory]
    [InlineData("the webapi man page")]
    [InlineData("ftp://example.test/svcs.txt")]
    [InlineData("svcs(8)")]
    public async Task Instigator_PointerNotAmongTheScenariosAndNotALink_Is400(string text)
    {
        using var g = await RunningSessionAsync();

        var response = await g["ines"].PostAsync(g.Id, "channel", new { kind = "pointer", text });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "one of the scenario's pointers");
    }

    [Fact]
    public async Task Instigator_PointerAsALinkOrTheScenariosUrl_IsPosted()
    {
        using var g = await RunningSessionAsync();

        var link = await g["ines"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "pointer", text = "https://example.test/runbook" });
        var url = await g["ines"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "pointer", text = "https://illumos.org/man/8/svcadm" });

        Assert.Equal(TimelineKind.Pointer, link.Kind);
        Assert.Equal(TimelineKind.Pointer, url.Kind);
    }

    [Fact]
    public async Task Observer_CannotRunCommands()
    {
        using var g = await RunningSessionAsync();

        var response = await g["obi"].PostAsync(g.Id, "commands", new { commandLine = "svcs -xv" });

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "responder");
    }

    [Theory]
    [InlineData("")]
    [InlineData("svcs -xv\nrm -rf /")]
    public async Task Command_ThatIsNotOneLine_Is400_AndIsNotRecorded(string commandLine)
    {
        using var g = await RunningSessionAsync();

        var response = await g["rui"].PostAsync(g.Id, "commands", new { commandLine });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "one line");
        Assert.Empty(await g["rui"].GetAsync<System.Collections.Immutable.ImmutableArray<PracticePlatform.Contracts.Participants.CommandRecord>>($"/api/sessions/{g.Id}/commands"));
    }

    [Fact]
    public async Task Command_TheCellRefuses_AnswersItsOutput_AsATerminalWould()
    {
        using var g = await RunningSessionAsync();

        var outcome = await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm restart" });

        Assert.False(outcome.Ok);
        Assert.Contains("missing target", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inject_OfAnUnknownInject_Is404()
    {
        using var g = await RunningSessionAsync();

        var response = await g["ines"].PostAsync(g.Id, "faults", new { injectId = "no-such-inject" });

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "no-such-inject");
    }

    [Fact]
    public async Task Assessment_WithAShareAboveOne_Is400_AndChangesNothing()
    {
        using var g = await RunningSessionAsync();
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");

        var response = await g["rui"].PostAsync(g.Id, "assessment", new
        {
            startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double> { ["get-object"] = 1.5 }, rootCause = "x", summary = "y",
        });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "between 0 and 1");
        Assert.Equal(SessionStatus.Resolved, (await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}")).Status);
    }

    private async Task<PracticeGroup> RunningSessionAsync()
    {
        var g = await PracticeGroup.CreateAsync(factory, Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        return g;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detailContains, body, StringComparison.OrdinalIgnoreCase);
    }
}
