using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Security;

/// <summary>
/// Every endpoint that reads a JSON body gets malformed JSON, an unknown field, a field of the wrong type, missing or null, and no body at all: each
/// answers 400 problem+json whose detail names the problem (and never a .NET type), and nothing changes (people, cohorts, sessions, and the
/// running session's status, speed and timeline). The sweep names every mapped JSON endpoint, so a new one cannot
/// skip it. Bodies over the limit are refused with 413 also when sent chunked, without a Content-Length.
/// </summary>
public sealed class BadInputSweepTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>A valid body per JSON endpoint; the sweep spoils each in three ways.</summary>
    private static readonly Dictionary<string, Func<Ids, object>> ValidBodies = new(StringComparer.Ordinal)
    {
        ["POST /api/people"] = _ => new { name = "swept" },
        ["POST /api/cohorts"] = _ => new { name = "swept" },
        ["POST /api/cohorts/{id:guid}/members"] = ids => new { personId = ids.Person },
        ["POST /api/cohorts/{id:guid}/schedules"] = ids => new
        {
            recurrence = new { frequency = "weekly", day = "Tuesday", time = "14:00", timeZone = "Europe/Berlin" },
            scenarioPool = new[] { PracticeFlowTests.Scenario },
            instigators = new[] { ids.Person },
        },
        ["POST /api/sessions"] = _ => new { scenarioId = PracticeFlowTests.Scenario },
        ["POST /api/sessions/{id:guid}/participants"] = ids => new { personId = ids.Person, role = "observer" },
        ["POST /api/sessions/{id:guid}/speed"] = _ => new { speed = 2 },
        ["POST /api/sessions/{id:guid}/code-blue"] = ids => new { people = new[] { ids.Person } },
        ["POST /api/sessions/{id:guid}/faults"] = _ => new { injectId = "webapi-crash" },
        ["POST /api/sessions/{id:guid}/commands"] = _ => new { commandLine = "svcadm clear webapi" },
        ["POST /api/sessions/{id:guid}/commander"] = ids => new { personId = ids.Person },
        ["POST /api/sessions/{id:guid}/channel"] = _ => new { kind = "message", text = "swept" },
        ["POST /api/sessions/{id:guid}/assessment"] = _ => new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "x", summary = "y" },
        ["POST /api/sessions/{id:guid}/lessons"] = _ => new { text = "swept" },
        ["PUT /api/sessions/{id:guid}/postmortem/sections/{section}"] = _ => new { version = 0, text = "swept" },
        ["POST /api/sessions/{id:guid}/stakeholder-messages"] = _ => new { from = "Support (Dana)", text = "swept" },
        ["POST /api/sessions/{id:guid}/stakeholder-messages/{number:int}/answer"] = _ => new { text = "swept" },
        ["POST /api/sessions/{id:guid}/status-updates"] = _ => new { audience = "customers", text = "swept", nextUpdateInMinutes = 15 },
    };

    private sealed record Ids(Guid Session, Guid Person);

    /// <summary>What a .NET type's name looks like in a message: a namespace, a nested type, a request record or a CLR primitive.</summary>
    private static readonly Regex ClrTypeName = new(@"\b(PracticePlatform|System|Microsoft)\.|\w\+\w|\b[A-Z]\w*Request\b|\b(Int32|Int64|UInt64|Double|Boolean|Nullable|Guid|DateTimeOffset|IReadOnly\w+)\b", RegexOptions.Compiled);

    [Fact]
    public void Sweep_NamesEveryEndpointThatReadsJson()
    {
        var mapped = JsonEndpoints().ToHashSet();

        Assert.Empty(mapped.Except(ValidBodies.Keys));
        Assert.Empty(ValidBodies.Keys.Except(mapped));
    }

    [Fact]
    public async Task EveryJsonEndpoint_MalformedUnknownFieldOrWrongType_Is400ProblemNamingIt_AndChangesNothing()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, roster: false);
        await g.Ines.PostAsync<SessionView>(g.Id, "participants", new { personId = g.Person("rui").Id, role = "responder" });
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        var ids = new Ids(g.Id, g.Person("ana").Id);
        var before = await WorldAsync(g);
        var failures = new List<string>();
        foreach (var (endpoint, valid) in ValidBodies)
        {
            var method = endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)];
            var path = endpoint[(method.Length + 1)..].Replace("{id:guid}", ids.Session.ToString(), StringComparison.Ordinal).Replace("{number:int}", "1", StringComparison.Ordinal);
            var body = JsonSerializer.SerializeToNode(valid(ids), PracticeClient.Json)!.AsObject();
            var (field, wrong) = WrongType(body);
            var spoiled = new (string What, string Json, string[] Named)[]
            {
                ("malformed", body.ToJsonString()[..^1] + ",", ["JSON", "LineNumber"]),
                ("unknown field", With(body, "colour", JsonValue.Create("red")).ToJsonString(), ["colour"]),
                ("wrong type", With(body, field, wrong).ToJsonString(), [field]),
                ("missing field", Without(body, field).ToJsonString(), [field]),
                ("null field", With(body, field, null).ToJsonString(), [field]),
                ("no body", "", ["JSON body", field]),
            };
            foreach (var (what, json, named) in spoiled)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
                // The responder's calls as the responder, the rest as the admin: authorization is not what is swept.
                var client = endpoint.EndsWith("/commands", StringComparison.Ordinal) || endpoint.EndsWith("/assessment", StringComparison.Ordinal)
                    || endpoint.EndsWith("/status-updates", StringComparison.Ordinal) || endpoint.EndsWith("/answer", StringComparison.Ordinal) ? g["rui"].Http : g.Admin.Http;
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var detail = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                    ? JsonDocument.Parse(text).RootElement.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : ""
                    : "";
                if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                    || !named.All(n => detail.Contains(n, StringComparison.OrdinalIgnoreCase)) || ClrTypeName.IsMatch(text))
                {
                    failures.Add($"{endpoint} {what}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {text}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await WorldAsync(g));
    }

    [Theory]
    [InlineData("POST /api/people", "experience", "novice", "intermediate", "experienced")]
    [InlineData("POST /api/sessions/{id:guid}/participants", "role", "instigator", "responder", "observer")]
    [InlineData("POST /api/sessions/{id:guid}/channel", "kind", "message", "helpRequest", "pointer", "hint")]
    [InlineData("POST /api/sessions/{id:guid}/lessons", "kind", "lesson", "responseSuggestion", "practiceSuggestion")]
    [InlineData("POST /api/sessions/{id:guid}/status-updates", "audience", "internal", "customers")]
    public async Task UnknownEnumValue_Is400Problem_NamingTheFieldAndEveryAllowedValue(string endpoint, string field, params string[] allowed)
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, roster: false);
        var ids = new Ids(g.Id, g.Person("ana").Id);
        var body = JsonSerializer.SerializeToNode(ValidBodies[endpoint](ids), PracticeClient.Json)!.AsObject();
        var path = endpoint["POST ".Length..].Replace("{id:guid}", ids.Session.ToString(), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(With(body, field, JsonValue.Create("guru")).ToJsonString(), Encoding.UTF8, "application/json") };

        using var response = await g.Admin.Http.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains($"'{field}'", detail, StringComparison.Ordinal);
        Assert.All(allowed, value => Assert.Contains(value, detail, StringComparison.Ordinal));
        Assert.DoesNotMatch(ClrTypeName, text);
    }

    [Fact]
    public async Task AQueryValueOfTheWrongType_Is400Problem_NamingTheParameterButNoType()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, roster: false);

        using var response = await g.Admin.Http.GetAsync($"/api/sessions/{g.Id}/timeline?after=soon");

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "soon");
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("\"after\"", detail, StringComparison.Ordinal);
        Assert.DoesNotMatch(ClrTypeName, detail);
        Assert.DoesNotContain("long", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/people", "application/json", 64 * 1024)]
    [InlineData("/api/scenarios", "application/yaml", 256 * 1024)]
    public async Task OversizedBody_SentChunked_Is413ProblemJson_NamingTheLimit(string path, string contentType, int limit)
    {
        using var admin = PracticeClient.Admin(factory);
        var payload = Encoding.UTF8.GetBytes("{\"name\":\"" + new string('x', limit + 1024) + "\"}");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StreamContent(new UnseekableStream(payload)) };
        request.Content.Headers.ContentType = new(contentType);
        request.Headers.TransferEncodingChunked = true;
        Assert.Null(request.Content.Headers.ContentLength);

        using var response = await admin.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"at most {limit}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmallBody_SentChunked_IsReadAsUsual()
    {
        using var admin = PracticeClient.Admin(factory);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/people") { Content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes("{\"name\":\"chunky\"}"))) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await admin.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("chunky", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private IEnumerable<string> JsonEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("application/json") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"));

    /// <summary>What a refused request must not change.</summary>
    private static async Task<string> WorldAsync(PracticeGroup g)
    {
        var people = (await g.Admin.GetAsync<JsonElement>("/api/people")).GetArrayLength();
        var cohorts = (await g.Admin.GetAsync<JsonElement>("/api/cohorts")).GetArrayLength();
        var sessions = (await g.Admin.GetAsync<JsonElement>("/api/sessions")).GetArrayLength();
        var session = await g.Admin.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var timeline = (await g.Admin.GetAsync<TimelineEntry[]>($"/api/sessions/{g.Id}/timeline")).Length;
        var commands = (await g["rui"].GetAsync<JsonElement>($"/api/sessions/{g.Id}/commands")).GetArrayLength();
        return $"people {people}, cohorts {cohorts}, sessions {sessions}, {session.Status} at {session.Speed}x with {session.Participants.Length} participants and {session.Faults.Length} faults, timeline {timeline}, commands {commands}";
    }

    private static (string Field, JsonNode Wrong) WrongType(JsonObject body)
    {
        var (field, value) = body.First();
        return (field, value?.GetValueKind() == JsonValueKind.String ? JsonValue.Create(42) : JsonValue.Create("lots"));
    }

    private static JsonObject With(JsonObject body, string field, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = value;
        return copy;
    }

    private static JsonObject Without(JsonObject body, string field)
    {
        var copy = body.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }
}
