using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Api.Tests.Sessions;

namespace PracticePlatform.Api.Tests.Security;

/// <summary>
/// Every API endpoint, called by every caller: anonymous, admin, the session's instigator, a responder, an observer,
/// an instigator of another session, and a person on no roster. Each call runs against a session in the state where
/// it can succeed (mostly Running), so an allowed caller must get a 2xx and a refused one exactly 401 (anonymous) or
/// 403; a role rule checked after the state check is exercised too. Calls that change the session's state run in a
/// session of their own per allowed caller; refusals must leave the shared session's timeline as it was. A second pass
/// against a Closed session proves the state check: allowed callers get 409, the refused still 401/403. The matrix
/// must name every mapped /api endpoint, so a new endpoint cannot skip it.
/// </summary>
public sealed class AuthorizationMatrixTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private enum Role { Anonymous, Admin, Instigator, Responder, Observer, OtherInstigator, Outsider }

    private static readonly Role[] People = [Role.Admin, Role.Instigator, Role.Responder, Role.Observer, Role.OtherInstigator, Role.Outsider];
    private static readonly Role[] Instigating = [Role.Admin, Role.Instigator, Role.OtherInstigator];
    private static readonly Role[] SessionMembers = [Role.Admin, Role.Instigator, Role.Responder, Role.Observer];
    private static readonly Role[] SessionInstigators = [Role.Admin, Role.Instigator];
    private static readonly Role[] SessionResponders = [Role.Responder];
    private static readonly Role[] SessionParticipants = [Role.Instigator, Role.Responder, Role.Observer];

    /// <summary>
    /// One endpoint: the state its session must be in, whether an allowed call changes that state (then each allowed
    /// caller gets a session of its own), who is allowed (2xx), who gets 404 by design, and the request per caller.
    /// </summary>
    private sealed record Call(string Method, string Pattern, MatrixState State, bool ChangesState, Role[] Allowed, Role[] Absent, Func<Ids, Role, HttpRequestMessage> Request)
    {
        public bool IsSessionScoped => Pattern.StartsWith("/api/sessions/{id:guid}", StringComparison.Ordinal);

        public bool Writes => Method is "POST" or "PUT" or "DELETE";
    }

    private sealed record Ids(Guid Session, Guid Responder, Guid Cohort, Guid Newcomer, Guid Instigator = default);

    private static readonly Call[] Matrix =
    [
        Get("/api/runtime/", [Role.Admin], _ => "/api/runtime"),
        Get("/api/runtime/sessions/{id:guid}", [Role.Admin], ids => $"/api/runtime/sessions/{ids.Session}"),
        Post("/api/people/", [Role.Admin], _ => "/api/people", new { name = "made-in-the-matrix" }),
        Get("/api/people/", Instigating, _ => "/api/people"),
        Get("/api/people/me", [.. People.Except([Role.Admin])], _ => "/api/people/me") with { Absent = [Role.Admin] },
        Get("/api/people/{id:guid}", [Role.Admin, Role.Responder], ids => $"/api/people/{ids.Responder}"),
        Get("/api/scenarios/", Instigating, _ => "/api/scenarios"),
        Get("/api/scenarios/{id}", Instigating, _ => $"/api/scenarios/{PracticeFlowTests.Scenario}"),
        new("POST", "/api/scenarios/", MatrixState.Running, false, Instigating, [], (_, role) => new HttpRequestMessage(HttpMethod.Post, "/api/scenarios")
        {
            Content = new StringContent(ScenarioFiles.BuiltIn(PracticeFlowTests.Scenario, $"matrix-upload-{role.ToString().ToLowerInvariant()}"), Encoding.UTF8, "application/yaml"),
        }),
        new("POST", "/api/scenarios/check", MatrixState.Running, false, Instigating, [], (_, _) => new HttpRequestMessage(HttpMethod.Post, "/api/scenarios/check") { Content = new StringContent("id: [", Encoding.UTF8, "application/yaml") }),
        Post("/api/cohorts/", Instigating, _ => "/api/cohorts", new { name = "spring" }),
        Get("/api/cohorts/", Instigating, _ => "/api/cohorts"),
        Get("/api/cohorts/{id:guid}", [.. Instigating, Role.Responder], ids => $"/api/cohorts/{ids.Cohort}"),
        // Rui is a member already: adding him again changes nothing, so the cohort's readers stay who they were.
        new("POST", "/api/cohorts/{id:guid}/members", MatrixState.Running, false, Instigating, [], (ids, _) =>
            Json(HttpMethod.Post, $"/api/cohorts/{ids.Cohort}/members", new { personId = ids.Responder })),
        Post("/api/sessions/", Instigating, _ => "/api/sessions", new { scenarioId = PracticeFlowTests.Scenario }),
        Get("/api/sessions/", People, _ => "/api/sessions"),
        Get("/api/sessions/{id:guid}", SessionMembers, ids => $"/api/sessions/{ids.Session}"),
        Changing("/api/sessions/{id:guid}/participants", MatrixState.Running, SessionInstigators, ids => new { personId = ids.Newcomer, role = "observer" }),
        new("DELETE", "/api/sessions/{id:guid}/participants/{personId:guid}", MatrixState.Draft, true, SessionInstigators, [], (ids, _) =>
            new HttpRequestMessage(HttpMethod.Delete, $"/api/sessions/{ids.Session}/participants/{ids.Responder}")),
        Changing("/api/sessions/{id:guid}/start", MatrixState.Draft, SessionInstigators),
        Changing("/api/sessions/{id:guid}/pause", MatrixState.Running, SessionInstigators),
        Changing("/api/sessions/{id:guid}/resume", MatrixState.Paused, SessionInstigators),
        Post("/api/sessions/{id:guid}/speed", SessionInstigators, ids => $"/api/sessions/{ids.Session}/speed", new { speed = 1 }),
        Changing("/api/sessions/{id:guid}/abort", MatrixState.Running, SessionInstigators),
        Changing("/api/sessions/{id:guid}/close", MatrixState.Debriefed, SessionInstigators),
        Get("/api/sessions/{id:guid}/deliveries", SessionMembers, ids => $"/api/sessions/{ids.Session}/deliveries"),
        Changing("/api/sessions/{id:guid}/code-blue", MatrixState.Draft, SessionInstigators, ids => new { people = new[] { ids.Newcomer } }),
        // Only the people a Code Blue paged may join (every matrix session pages out), not even the admin.
        Changing("/api/sessions/{id:guid}/join", MatrixState.Running, [Role.Outsider]),
        Changing("/api/sessions/{id:guid}/joining/close", MatrixState.Running, SessionInstigators),
        Changing("/api/sessions/{id:guid}/faults", MatrixState.RunningWithoutFault, SessionInstigators, _ => new { injectId = "webapi-crash" }),
        new("DELETE", "/api/sessions/{id:guid}/faults/{faultId}", MatrixState.Running, true, SessionInstigators, [], (ids, _) => new HttpRequestMessage(HttpMethod.Delete, $"/api/sessions/{ids.Session}/faults/webapi-crash")),
        Get("/api/sessions/{id:guid}/faults", SessionInstigators, ids => $"/api/sessions/{ids.Session}/faults"),
        Get("/api/sessions/{id:guid}/faults", SessionMembers, ids => $"/api/sessions/{ids.Session}/faults") with { State = MatrixState.Debriefed },
        Get("/api/sessions/{id:guid}/alarms", SessionMembers, ids => $"/api/sessions/{ids.Session}/alarms"),
        Post("/api/sessions/{id:guid}/alarms/{alarmId}/ack", SessionResponders, ids => $"/api/sessions/{ids.Session}/alarms/webapi-instances-unhealthy/ack"),
        Post("/api/sessions/{id:guid}/commands", SessionResponders, ids => $"/api/sessions/{ids.Session}/commands", new { commandLine = "svcs -xv" }),
        Get("/api/sessions/{id:guid}/commands", SessionMembers, ids => $"/api/sessions/{ids.Session}/commands"),
        // The responder's command above is the feed's entry 1.
        Get("/api/sessions/{id:guid}/activity", SessionMembers, ids => $"/api/sessions/{ids.Session}/activity"),
        Get("/api/sessions/{id:guid}/activity/{number}", SessionMembers, ids => $"/api/sessions/{ids.Session}/activity/1"),
        Get("/api/sessions/{id:guid}/presence", SessionMembers, ids => $"/api/sessions/{ids.Session}/presence"),
        Changing("/api/sessions/{id:guid}/commander", MatrixState.Running, [Role.Admin, Role.Instigator, Role.Responder], ids => new { personId = ids.Responder }),
        Get("/api/sessions/{id:guid}/channel", SessionMembers, ids => $"/api/sessions/{ids.Session}/channel"),
        // What each may post: an instigator a hint phrased as a question, everyone else a message.
        new("POST", "/api/sessions/{id:guid}/channel", MatrixState.Running, false, [Role.Instigator, Role.Responder], [], (ids, role) =>
            Json(HttpMethod.Post, $"/api/sessions/{ids.Session}/channel", role == Role.Instigator ? new { kind = "hint", text = "what does svcs -xv say?" } : new { kind = "message", text = "hello" })),
        // The instigators' stakeholder messages come first, so the responder has one (#1) to answer.
        Post("/api/sessions/{id:guid}/stakeholder-messages", SessionInstigators, ids => $"/api/sessions/{ids.Session}/stakeholder-messages", new { from = "Support (Dana)", text = "Customers ask what is going on. Any news?", expectsAnswer = true }),
        Get("/api/sessions/{id:guid}/stakeholder-messages", SessionMembers, ids => $"/api/sessions/{ids.Session}/stakeholder-messages"),
        Post("/api/sessions/{id:guid}/stakeholder-messages/{number:int}/answer", SessionResponders, ids => $"/api/sessions/{ids.Session}/stakeholder-messages/1/answer", new { text = "We are investigating." }),
        Post("/api/sessions/{id:guid}/status-updates", SessionResponders, ids => $"/api/sessions/{ids.Session}/status-updates", new { audience = "customers", text = "Investigating.", nextUpdateInMinutes = 15 }),
        Get("/api/sessions/{id:guid}/status-page", SessionMembers, ids => $"/api/sessions/{ids.Session}/status-page"),
        Get("/api/sessions/{id:guid}/timeline", SessionMembers, ids => $"/api/sessions/{ids.Session}/timeline"),
        Get("/api/sessions/{id:guid}/metrics", SessionMembers, ids => $"/api/sessions/{ids.Session}/metrics"),
        Get("/api/sessions/{id:guid}/events", SessionMembers, ids => $"/api/sessions/{ids.Session}/events"),
        Changing("/api/sessions/{id:guid}/resolve", MatrixState.Running, SessionResponders),
        Changing("/api/sessions/{id:guid}/assessment", MatrixState.Resolved, SessionResponders,
            _ => new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "x", summary = "y" }),
        Changing("/api/sessions/{id:guid}/debrief", MatrixState.Assessing, SessionInstigators),
        Get("/api/sessions/{id:guid}/debrief", SessionMembers, ids => $"/api/sessions/{ids.Session}/debrief") with { State = MatrixState.Debriefed },
        Post("/api/sessions/{id:guid}/lessons", SessionParticipants, ids => $"/api/sessions/{ids.Session}/lessons", new { text = "a lesson" }) with { State = MatrixState.Assessing },
        Get("/api/sessions/{id:guid}/report.md", SessionMembers, ids => $"/api/sessions/{ids.Session}/report.md") with { State = MatrixState.Debriefed },
        Get("/api/sessions/{id:guid}/postmortem", SessionMembers, ids => $"/api/sessions/{ids.Session}/postmortem") with { State = MatrixState.Debriefed },
        // Each allowed caller saves a section of its own, so that every save is made on the version it read (0).
        new("PUT", "/api/sessions/{id:guid}/postmortem/sections/{section}", MatrixState.Debriefed, false, SessionMembers, [], (ids, role) =>
            Json(HttpMethod.Put, $"/api/sessions/{ids.Session}/postmortem/sections/{PostmortemSectionOf(role)}", new { version = 0, text = $"written by the {role}" })),
        Get("/api/sessions/{id:guid}/postmortem.md", SessionMembers, ids => $"/api/sessions/{ids.Session}/postmortem.md") with { State = MatrixState.Debriefed },
        Get("/api/sessions/{id:guid}/replay", SessionInstigators, ids => $"/api/sessions/{ids.Session}/replay?second=0"),
        Get("/api/sessions/{id:guid}/replay", SessionMembers, ids => $"/api/sessions/{ids.Session}/replay?second=0") with { State = MatrixState.Debriefed },
        // After the shared session's debrief: its responder and observer have a debriefed session of the scenario.
        Get("/api/scenarios/{id}/results", [.. Instigating, Role.Responder, Role.Observer], _ => $"/api/scenarios/{PracticeFlowTests.Scenario}/results") with { State = MatrixState.Debriefed },
        Get("/api/cohorts/{id:guid}/progress", [.. Instigating, Role.Responder], ids => $"/api/cohorts/{ids.Cohort}/progress"),
        // Its first Monday is days away, beyond its one day ahead: no session is created to change who is on a roster.
        new("POST", "/api/cohorts/{id:guid}/schedules", MatrixState.Running, false, Instigating, [], (ids, _) => Json(HttpMethod.Post, $"/api/cohorts/{ids.Cohort}/schedules", new
        {
            recurrence = new { frequency = "weekly", day = "Monday", time = "12:00", timeZone = "UTC" },
            scenarioPool = new[] { PracticeFlowTests.Scenario },
            instigators = new[] { ids.Instigator },
            createAheadDays = 1,
        })),
        Get("/api/cohorts/{id:guid}/schedules", Instigating, ids => $"/api/cohorts/{ids.Cohort}/schedules"),
        // An id the cohort has no schedule of: those who may read schedules learn that (404), the others nothing (403).
        Get("/api/cohorts/{id:guid}/schedules/{scheduleId:guid}", [], ids => $"/api/cohorts/{ids.Cohort}/schedules/{Guid.Empty}") with { Absent = Instigating },
        new("DELETE", "/api/cohorts/{id:guid}/schedules/{scheduleId:guid}", MatrixState.Running, false, [], Instigating, (ids, _) =>
            new HttpRequestMessage(HttpMethod.Delete, $"/api/cohorts/{ids.Cohort}/schedules/{Guid.Empty}")),
        Get("/api/cohorts/{id:guid}/coverage", [.. Instigating, Role.Responder], ids => $"/api/cohorts/{ids.Cohort}/coverage"),
    ];

    [Fact]
    public void Matrix_NamesEveryMappedApiEndpoint()
    {
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToHashSet();
        var covered = Matrix.Select(c => $"{c.Method} {Normalize(c.Pattern)}").ToHashSet();

        Assert.Empty(mapped.Except(covered));
        Assert.Empty(covered.Except(mapped));
    }

    [Fact]
    public async Task EveryEndpoint_ForEveryCaller_InAStateWhereItCanSucceed_IsAllowedOrRefusedAsDocumented()
    {
        using var sessions = await MatrixSessions.CreateAsync(factory);
        // The shared running session gets its alarm firing before anything else exists, so there is one to acknowledge.
        await sessions.SharedAsync(MatrixState.Running);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var cohort = await CohortAsync(sessions);
        var ines = (await sessions.Ines.GetAsync<Contracts.People.PersonView>("/api/people/me")).Id;
        using var anonymous = factory.CreateClient();
        var clients = Clients(sessions, anonymous);
        var failures = new List<string>();
        foreach (var call in Matrix)
        {
            var shared = await sessions.SharedAsync(call.State);
            var before = await sessions.TimelineLengthAsync(shared);
            foreach (var role in clients.Keys.Where(r => !(call.ChangesState && Expected(call, r) == Outcome.Allowed)))
            {
                await CheckAsync(call, role, clients[role], new Ids(shared, sessions.RuiPerson.Id, cohort, sessions.OutPerson.Id, ines), Expected(call, role), failures);
            }
            if (call.ChangesState && call.Writes && await sessions.TimelineLengthAsync(shared) != before)
            {
                failures.Add($"{call.Method} {call.Pattern}: a refused call changed the session's timeline");
            }
            foreach (var role in clients.Keys.Where(r => call.ChangesState && Expected(call, r) == Outcome.Allowed))
            {
                var (fresh, newcomer) = await sessions.FreshAsync(call.State);
                await CheckAsync(call, role, clients[role], new Ids(fresh, sessions.RuiPerson.Id, cohort, newcomer, ines), Outcome.Allowed, failures);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EverySessionWrite_OnAClosedSession_Is409ForTheAllowed_AndStillRefusedForTheOthers()
    {
        using var sessions = await MatrixSessions.CreateAsync(factory);
        var closed = await sessions.SharedAsync(MatrixState.Closed);
        var before = await sessions.TimelineLengthAsync(closed);
        using var anonymous = factory.CreateClient();
        var clients = Clients(sessions, anonymous);
        var ids = new Ids(closed, sessions.RuiPerson.Id, Guid.Empty, sessions.OutPerson.Id);
        var failures = new List<string>();
        foreach (var call in Matrix.Where(c => c.IsSessionScoped && c.Writes))
        {
            foreach (var (role, client) in clients)
            {
                var expected = Expected(call, role);
                await CheckAsync(call, role, client, ids, expected == Outcome.Allowed ? Outcome.Conflict : expected, failures);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await sessions.TimelineLengthAsync(closed));
    }

    private enum Outcome { Allowed, Unauthenticated, Refused, Absent, Conflict }

    private static Outcome Expected(Call call, Role role) =>
        role == Role.Anonymous ? Outcome.Unauthenticated
        : call.Allowed.Contains(role) ? Outcome.Allowed
        : call.Absent.Contains(role) ? Outcome.Absent
        : Outcome.Refused;

    private static async Task CheckAsync(Call call, Role role, HttpClient client, Ids ids, Outcome expected, List<string> failures)
    {
        using var request = call.Request(ids, role);
        // The event stream stays open when allowed: the headers are the answer.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var status = (int)response.StatusCode;
        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
        var ok = expected switch
        {
            Outcome.Allowed => status is >= 200 and < 300,
            Outcome.Unauthenticated => status == 401,
            Outcome.Refused => status == 403 && problem,
            Outcome.Absent => status == 404 && problem,
            _ => status == 409 && problem,
        };
        if (!ok)
        {
            var body = response.Content.Headers.ContentType?.MediaType == "text/event-stream" ? "(stream)" : await response.Content.ReadAsStringAsync();
            failures.Add($"{call.Method} {call.Pattern} ({call.State}) as {role}: {status} {response.Content.Headers.ContentType?.MediaType} (expected {expected}) {body}");
        }
    }

    private static Dictionary<Role, HttpClient> Clients(MatrixSessions sessions, HttpClient anonymous) => new()
    {
        [Role.Anonymous] = anonymous,
        [Role.Admin] = sessions.Admin.Http,
        [Role.Instigator] = sessions.Ines.Http,
        [Role.Responder] = sessions.Rui.Http,
        [Role.Observer] = sessions.Obi.Http,
        [Role.OtherInstigator] = sessions.Zed.Http,
        [Role.Outsider] = sessions.Out.Http,
    };

    private static async Task<Guid> CohortAsync(MatrixSessions sessions) =>
        (await PracticeClient.ReadAsync<CohortCreated>(await sessions.Ines.Http.PostAsJsonAsync("/api/cohorts", new { name = "autumn", members = new[] { sessions.RuiPerson.Id } }))).Id;

    private static Call Get(string pattern, Role[] allowed, Func<Ids, string> path) =>
        new("GET", pattern, MatrixState.Running, false, allowed, [], (ids, _) => new HttpRequestMessage(HttpMethod.Get, path(ids)));

    private static Call Post(string pattern, Role[] allowed, Func<Ids, string> path, object? body = null) =>
        new("POST", pattern, MatrixState.Running, false, allowed, [], (ids, _) => Json(HttpMethod.Post, path(ids), body ?? new { }));

    /// <summary>A POST to a session that moves it on: each allowed caller calls it on a session of its own.</summary>
    private static Call Changing(string pattern, MatrixState state, Role[] allowed, Func<Ids, object>? body = null) =>
        new("POST", pattern, state, true, allowed, [], (ids, _) => Json(HttpMethod.Post, pattern.Replace("{id:guid}", ids.Session.ToString(), StringComparison.Ordinal), body?.Invoke(ids) ?? new { }));

    private static HttpRequestMessage Json(HttpMethod method, string path, object body) =>
        new(method, path) { Content = JsonContent.Create(body, options: PracticeClient.Json) };

    private static string Normalize(string pattern) => pattern.TrimEnd('/');

    private static string PostmortemSectionOf(Role role) => role switch
    {
        Role.Admin => "summary",
        Role.Instigator => "contributing-factors",
        Role.Responder => "went-well",
        Role.Observer => "went-poorly",
        _ => "action-items",
    };

    private sealed record CohortCreated(Guid Id);
}
