using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Json;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// Code Blue: when the session starts its cohort (or the people named) is paged through the notification channels,
/// anyone paged joins until an instigator closes joining, and the debrief shows how fast the response assembled.
/// </summary>
public sealed class CodeBlueTests
{
    private const string Scenario = PracticeFlowTests.Scenario;

    [Fact]
    public async Task CodeBlue_PagesEveryCohortMember_ThroughTheWebhookAndTheirEmail_WhenItStarts()
    {
        await using var webhooks = WebhookReceiver.Start();
        await using var smtp = SmtpSink.Start();
        await using var factory = new ApiFactory();
        factory.Settings["PRACTICE_SMTP"] = $"{smtp.Host}:{smtp.Port}";
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, roster: false);
        var cohort = await CohortAsync(g, [.. new[] { "rui", "ana", "eva", "obi" }.Select(n => g.Person(n).Id)]);
        var id = await CodeBlueAsync(g, new { scenarioId = Scenario, cohortId = cohort, codeBlue = true, notifications = new { webhooks = new[] { webhooks.Url } } });

        var started = await g.Ines.PostAsync<SessionView>(id, "start");
        var hook = await webhooks.WaitForAsync(w => w.Body.Contains("CODE BLUE", StringComparison.Ordinal), "the Code Blue page by webhook");
        var mail = await smtp.WaitForAsync(m => m.Body.Contains("CODE BLUE", StringComparison.Ordinal), "the Code Blue page by email");

        Assert.Equal(SessionStatus.Running, started.Status);
        Assert.Equal(4, started.CodeBlue!.Paged.Length);
        Assert.True(started.CodeBlue.JoiningOpen);
        Assert.Contains("Alarm", hook.Body, StringComparison.Ordinal);
        Assert.Contains($"practice session join {id}", hook.Body, StringComparison.Ordinal);
        Assert.Equal(["ana@example.test", "eva@example.test", "obi@example.test", "rui@example.test"], mail.EnvelopeRecipients.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Scenario, hook.Body + mail.Body, StringComparison.Ordinal);
        // One message to the whole cohort, yet no one paged learns another's address: all are blind copies.
        Assert.Equal("undisclosed-recipients: ;", mail.Header("To"));
        Assert.DoesNotContain("@example.test", mail.Data[..mail.Data.IndexOf("\r\n\r\n", StringComparison.Ordinal)], StringComparison.Ordinal);

        // Nor from the delivery log: a responder sees how many addresses, the instigator who chose them sees which.
        await g["rui"].PostAsync<JoinOutcome>(id, "join");
        var forRui = await Eventually.MatchesAsync(
            () => g["rui"].GetAsync<ImmutableArray<DeliveryAttempt>>($"/api/sessions/{id}/deliveries"),
            d => d.Any(a => a.Channel == "email"), "the Code Blue email in the delivery log");
        var forInes = await g.Ines.GetAsync<ImmutableArray<DeliveryAttempt>>($"/api/sessions/{id}/deliveries");
        Assert.Equal("4 addresses", forRui.First(a => a.Channel == "email").Target);
        Assert.Contains("ana@example.test", forInes.First(a => a.Channel == "email").Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJoinRefusedForAnotherSessionAwaitingItsDebrief_DoesNotSayTheTwoShareAScenario()
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, roster: false);
        // rui-2 responds in another session of this scenario, not debriefed yet.
        using var other = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-2");
        var cohort = await CohortAsync(g, [g.Person("ana").Id, other.Person("rui").Id]);
        var id = await CodeBlueAsync(g, new { scenarioId = Scenario, cohortId = cohort, codeBlue = true });
        await g.Ines.PostAsync<SessionView>(id, "start");

        var refused = await other["rui"].PostAsync(id, "join");

        await ProblemAssert.IsAsync(refused, HttpStatusCode.Conflict, "another practice session you take part in awaits its debrief");
        Assert.DoesNotContain("scenario", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PagedPeople_Join_APlayedPersonAsObserver_UntilJoiningCloses_AndTheDebriefShowsTheTimeToAssemble()
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, roster: false);
        // obi-2 took part in this scenario before, observing another group's session of it to its debrief.
        using var earlier = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-2");
        await PlayToDebriefAsync(factory, earlier, earlier.Id);
        var (_, outsider) = await g.Admin.RegisterAsync(factory, "out");
        using var _ = outsider;
        var cohort = await CohortAsync(g, [g.Person("rui").Id, g.Person("ana").Id, g.Person("eva").Id, earlier.Person("obi").Id]);
        var id = await CodeBlueAsync(g, new { scenarioId = Scenario, cohortId = cohort, codeBlue = true });
        await g.Ines.PostAsync<SessionView>(id, "start");

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var rui = await g["rui"].PostAsync<JoinOutcome>(id, "join");
        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        var ana = await g["ana"].PostAsync<JoinOutcome>(id, "join");
        factory.Clock.Advance(TimeSpan.FromSeconds(120));
        var obi = await earlier["obi"].PostAsync<JoinOutcome>(id, "join");
        var again = await g["rui"].PostAsync(id, "join");
        var notPaged = await outsider.PostAsync(id, "join");
        var closed = await g.Ines.PostAsync<SessionView>(id, "joining/close");
        var late = await g["eva"].PostAsync(id, "join");
        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{id}/timeline");

        Assert.Equal(ParticipantRole.Responder, rui.Role);
        Assert.Equal(ParticipantRole.Responder, ana.Role);
        Assert.Equal(ParticipantRole.Observer, obi.Role);
        Assert.Contains("already took part in this scenario", obi.Message, StringComparison.Ordinal);
        Assert.Null(obi.Session.ScenarioId);
        Assert.Contains(rui.Session.Warnings, w => w.StartsWith("The guidance is 3-6 responders", StringComparison.Ordinal));
        await ProblemAssert.IsAsync(again, HttpStatusCode.Conflict, "already on this session's roster");
        await ProblemAssert.IsAsync(notPaged, HttpStatusCode.Forbidden, "was not paged");
        Assert.False(closed.CodeBlue!.JoiningOpen);
        await ProblemAssert.IsAsync(late, HttpStatusCode.Conflict, "Joining is closed");
        Assert.Contains(timeline, e => e.Text == "rui joined as responder (answered the Code Blue page after 30 s).");
        Assert.Contains(timeline, e => e.Text == "ana joined as responder (answered the Code Blue page after 1 min 30 s).");
        Assert.Contains(timeline, e => e.Text == "obi-2 joined as observer (answered the Code Blue page after 3 min 30 s).");
        Assert.Contains(timeline, e => e.Text == "Joining closed: 3 of 4 paged people joined.");

        var debrief = await PlayToDebriefAsync(factory, g, id, started: true);

        Assert.Equal(new TimeToAssemble(4, 3, 30, 90), debrief.Assembly);
        var report = await g.Ines.Http.GetStringAsync($"/api/sessions/{id}/report.md");
        Assert.Contains("- Time to assemble (Code Blue): first join 00:00:30 (30 s), median 00:01:30 (90 s); 3 of 4 paged people joined", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeBlueEndpoint_NeedsACohortOrPeople_AnInstigator_AndASessionNotStartedYet()
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, Scenario);

        var noOne = await g.Ines.PostAsync(g.Id, "code-blue", new { people = Array.Empty<Guid>() });
        var unknown = await g.Ines.PostAsync(g.Id, "code-blue", new { people = new[] { Guid.NewGuid() } });
        var byResponder = await g["rui"].PostAsync(g.Id, "code-blue", new { people = new[] { g.Person("eva").Id } });
        var closeBeforeCodeBlue = await g.Ines.PostAsync(g.Id, "joining/close");
        var called = await g.Ines.PostAsync<SessionView>(g.Id, "code-blue", new { people = new[] { g.Person("eva").Id } });
        var closeBeforePage = await g.Ines.PostAsync(g.Id, "joining/close");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        var afterStart = await g.Ines.PostAsync(g.Id, "code-blue", new { people = new[] { g.Person("eva").Id } });

        await ProblemAssert.IsAsync(noOne, HttpStatusCode.BadRequest, "no cohort, so name the people to page");
        await ProblemAssert.IsAsync(unknown, HttpStatusCode.BadRequest, "No registered person");
        await ProblemAssert.IsAsync(byResponder, HttpStatusCode.Forbidden, "instigators");
        await ProblemAssert.IsAsync(closeBeforeCodeBlue, HttpStatusCode.Conflict, "not a Code Blue");
        Assert.Equal(g.Person("eva").Id, Assert.Single(called.CodeBlue!.People));
        await ProblemAssert.IsAsync(closeBeforePage, HttpStatusCode.Conflict, "Nobody was paged yet");
        await ProblemAssert.IsAsync(afterStart, HttpStatusCode.Conflict, "Cannot call a Code Blue while the session is Running");
    }

    private static async Task<Guid> CohortAsync(PracticeGroup g, Guid[] members) =>
        (await PracticeClient.ReadAsync<CohortCreated>(await g.Ines.Http.PostAsJsonAsync("/api/cohorts", new { name = "blue", members }, PracticeClient.Json))).Id;

    /// <summary>Plays session <paramref name="id"/> of <paramref name="g"/> (rui and ana responding) through to its debrief.</summary>
    private static async Task<Debrief> PlayToDebriefAsync(ApiFactory factory, PracticeGroup g, Guid id, bool started = false)
    {
        if (!started)
        {
            await g.Ines.PostAsync<SessionView>(id, "start");
        }
        // The scenario stages the crash itself a few minutes in; injecting it earlier is refused then, which is fine.
        using var _ = await g.Ines.PostAsync(id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await g["rui"].PostAsync<SessionView>(id, "resolve");
        await g["ana"].PostAsync<SessionView>(id, "assessment", new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "cleared" });
        return await g.Ines.PostAsync<Debrief>(id, "debrief");
    }

    private static async Task<Guid> CodeBlueAsync(PracticeGroup g, object request) =>
        (await PracticeClient.ReadAsync<SessionView>(await g.Ines.Http.PostAsJsonAsync("/api/sessions", request, PracticeClient.Json))).Id;

    private sealed record CohortCreated(Guid Id);
}
