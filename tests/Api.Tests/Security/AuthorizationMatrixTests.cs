using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Api.Tests.Security;

/// <summary>
/// Every API endpoint, called by every role: anonymous, admin, the session's instigator, a responder, an observer,
/// an instigator of another session, and a person on no roster. The session is closed, so allowed calls that would
/// change it answer 409 and nothing moves; what matters is that the denied ones answer 401/403 and the allowed ones
/// do not. The matrix must name every mapped /api endpoint, so a new endpoint cannot skip it.
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

    private sealed record Call(string Method, string Pattern, Role[] Allowed, Func<Ids, HttpRequestMessage> Request);

    private sealed record Ids(Guid Session, Guid Responder, Guid Cohort);

    private static readonly Call[] Matrix =
    [
        Get("/api/runtime/", [Role.Admin], _ => "/api/runtime"),
        Post("/api/people/", [Role.Admin], _ => "/api/people", new { name = "" }),
        Get("/api/people/", Instigating, _ => "/api/people"),
        Get("/api/people/me", People, _ => "/api/people/me"),
        Get("/api/people/{id:guid}", [Role.Admin, Role.Responder], ids => $"/api/people/{ids.Responder}"),
        Get("/api/scenarios/", People, _ => "/api/scenarios"),
        Get("/api/scenarios/{id}", People, _ => $"/api/scenarios/{PracticeFlowTests.Scenario}"),
        new("POST", "/api/scenarios/", Instigating, _ => new HttpRequestMessage(HttpMethod.Post, "/api/scenarios") { Content = new StringContent("id: [", Encoding.UTF8, "application/yaml") }),
        new("POST", "/api/scenarios/check", Instigating, _ => new HttpRequestMessage(HttpMethod.Post, "/api/scenarios/check") { Content = new StringContent("id: [", Encoding.UTF8, "application/yaml") }),
        Post("/api/cohorts/", Instigating, _ => "/api/cohorts", new { name = "" }),
        Get("/api/cohorts/", Instigating, _ => "/api/cohorts"),
        Get("/api/cohorts/{id:guid}", [.. Instigating, Role.Responder], ids => $"/api/cohorts/{ids.Cohort}"),
        Post("/api/sessions/", Instigating, _ => "/api/sessions", new { scenarioId = "no-such-scenario" }),
        Get("/api/sessions/", People, _ => "/api/sessions"),
        Get("/api/sessions/{id:guid}", SessionMembers, ids => $"/api/sessions/{ids.Session}"),
        new("POST", "/api/sessions/{id:guid}/participants", SessionInstigators, ids => new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{ids.Session}/participants")
        {
            Content = JsonContent.Create(new { personId = ids.Responder, role = "observer" }, options: PracticeClient.Json),
        }),
        Post("/api/sessions/{id:guid}/start", SessionInstigators, ids => $"/api/sessions/{ids.Session}/start"),
        Post("/api/sessions/{id:guid}/pause", SessionInstigators, ids => $"/api/sessions/{ids.Session}/pause"),
        Post("/api/sessions/{id:guid}/resume", SessionInstigators, ids => $"/api/sessions/{ids.Session}/resume"),
        Post("/api/sessions/{id:guid}/speed", SessionInstigators, ids => $"/api/sessions/{ids.Session}/speed", new { speed = 2 }),
        Post("/api/sessions/{id:guid}/abort", SessionInstigators, ids => $"/api/sessions/{ids.Session}/abort"),
        Post("/api/sessions/{id:guid}/close", SessionInstigators, ids => $"/api/sessions/{ids.Session}/close"),
        Get("/api/sessions/{id:guid}/deliveries", SessionMembers, ids => $"/api/sessions/{ids.Session}/deliveries"),
        Post("/api/sessions/{id:guid}/faults", SessionInstigators, ids => $"/api/sessions/{ids.Session}/faults", new { injectId = "webapi-crash" }),
        new("DELETE", "/api/sessions/{id:guid}/faults/{faultId}", SessionInstigators, ids => new HttpRequestMessage(HttpMethod.Delete, $"/api/sessions/{ids.Session}/faults/webapi-crash")),
        Get("/api/sessions/{id:guid}/alarms", SessionMembers, ids => $"/api/sessions/{ids.Session}/alarms"),
        Post("/api/sessions/{id:guid}/alarms/{alarmId}/ack", SessionResponders, ids => $"/api/sessions/{ids.Session}/alarms/any/ack"),
        Post("/api/sessions/{id:guid}/commands", SessionResponders, ids => $"/api/sessions/{ids.Session}/commands", new { commandLine = "svcs -xv" }),
        Get("/api/sessions/{id:guid}/commands", SessionMembers, ids => $"/api/sessions/{ids.Session}/commands"),
        Get("/api/sessions/{id:guid}/channel", SessionMembers, ids => $"/api/sessions/{ids.Session}/channel"),
        Post("/api/sessions/{id:guid}/channel", SessionParticipants, ids => $"/api/sessions/{ids.Session}/channel", new { kind = "message", text = "hello" }),
        Get("/api/sessions/{id:guid}/timeline", SessionMembers, ids => $"/api/sessions/{ids.Session}/timeline"),
        Get("/api/sessions/{id:guid}/metrics", SessionMembers, ids => $"/api/sessions/{ids.Session}/metrics"),
        Get("/api/sessions/{id:guid}/events", SessionMembers, ids => $"/api/sessions/{ids.Session}/events"),
        Post("/api/sessions/{id:guid}/resolve", SessionResponders, ids => $"/api/sessions/{ids.Session}/resolve"),
        Post("/api/sessions/{id:guid}/assessment", SessionResponders, ids => $"/api/sessions/{ids.Session}/assessment",
            new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "x", summary = "y" }),
        Post("/api/sessions/{id:guid}/debrief", SessionInstigators, ids => $"/api/sessions/{ids.Session}/debrief"),
        Get("/api/sessions/{id:guid}/debrief", SessionMembers, ids => $"/api/sessions/{ids.Session}/debrief"),
        Post("/api/sessions/{id:guid}/lessons", SessionParticipants, ids => $"/api/sessions/{ids.Session}/lessons", new { text = "a lesson" }),
        Get("/api/sessions/{id:guid}/report.md", SessionMembers, ids => $"/api/sessions/{ids.Session}/report.md"),
    ];

    [Fact]
    public void Matrix_NamesEveryMappedApiEndpoint()
    {
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToHashSet();
        var covered = Matrix.Select(c => $"{c.Method} {Normalize(c.Pattern)}").ToHashSet();

        Assert.Empty(mapped.Except(covered));
        Assert.Empty(covered.Except(mapped));
    }

    [Fact]
    public async Task EveryEndpoint_ForEveryRole_IsAllowedOrDeniedAsDocumented()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await PlayToClosedAsync(g);
        var (_, other) = await g.Admin.RegisterAsync(factory, "zed", canInstigate: true);
        var (_, outsider) = await g.Admin.RegisterAsync(factory, "out");
        var cohort = await PracticeClient.ReadAsync<CohortCreated>(await g.Ines.Http.PostAsJsonAsync("/api/cohorts", new { name = "autumn", members = new[] { g.Person("rui").Id } }));
        var ids = new Ids(g.Id, g.Person("rui").Id, cohort.Id);
        using var anonymous = factory.CreateClient();
        var clients = new Dictionary<Role, HttpClient>
        {
            [Role.Anonymous] = anonymous,
            [Role.Admin] = g.Admin.Http,
            [Role.Instigator] = g.Ines.Http,
            [Role.Responder] = g["rui"].Http,
            [Role.Observer] = g["obi"].Http,
            [Role.OtherInstigator] = other.Http,
            [Role.Outsider] = outsider.Http,
        };
        var failures = new List<string>();
        foreach (var call in Matrix)
        {
            foreach (var (role, client) in clients)
            {
                using var request = call.Request(ids);
                // The event stream stays open when allowed: the headers are the answer.
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                var status = (int)response.StatusCode;
                var allowed = role != Role.Anonymous && call.Allowed.Contains(role);
                var ok = allowed
                    ? status is not (401 or 403) && status < 500
                    : status == (role == Role.Anonymous ? 401 : 403);
                if (!ok)
                {
                    var body = response.Content.Headers.ContentType?.MediaType == "text/event-stream" ? "(stream)" : await response.Content.ReadAsStringAsync();
                    failures.Add($"{call.Method} {call.Pattern} as {role}: {status} (expected {(allowed ? "allowed" : "denied")}) {body}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task PlayToClosedAsync(PracticeGroup g)
    {
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 2, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "cleared" });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        await g.Ines.PostAsync<SessionView>(g.Id, "close");
    }

    private static Call Get(string pattern, Role[] allowed, Func<Ids, string> path) =>
        new("GET", pattern, allowed, ids => new HttpRequestMessage(HttpMethod.Get, path(ids)));

    private static Call Post(string pattern, Role[] allowed, Func<Ids, string> path, object? body = null) =>
        new("POST", pattern, allowed, ids => new HttpRequestMessage(HttpMethod.Post, path(ids)) { Content = JsonContent.Create(body ?? new { }, options: PracticeClient.Json) });

    private static string Normalize(string pattern) => pattern.TrimEnd('/');

    private sealed record CohortCreated(Guid Id);
}
