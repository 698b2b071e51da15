using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Docs;

/// <summary>
/// Every request body is documented with an example, in docs/api.md and in the OpenAPI document alike, and each
/// example is accepted as written by the endpoint it documents: a walk through one practice (a person, a scenario,
/// a cohort, a session and its play) sends every example in turn, as the caller and in the state it is meant for,
/// with the placeholders filled by the ids the API answered. An endpoint with a body but without an example, or
/// without a step in the walk, fails.
/// </summary>
public sealed partial class RequestExamplesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task EveryRequestBody_HasTheSameExample_InTheDocsAndInTheOpenApiDocument()
    {
        var openApi = DocumentedExample.FromOpenApi(await OpenApiDocumentAsync(factory));
        var docs = DocumentedExample.FromDocs();

        Assert.True(openApi.Count >= 13, $"only {openApi.Count} operations with a request body were found");
        Assert.Equal(openApi.Keys.Order(StringComparer.Ordinal), docs.Keys.Order(StringComparer.Ordinal));
        Assert.All(openApi, e => Assert.True(e.Value.Body.Length > 0, $"{e.Key} has no example in the OpenAPI document"));
        Assert.All(docs, e => Assert.True(e.Value.Body.Length > 0, $"{e.Key} has no fenced json or yaml block under its heading in docs/api.md"));
        Assert.All(docs, e => Assert.True(e.Value.SaysTheSameAs(openApi[e.Key]), $"{e.Key}: docs/api.md shows\n{e.Value.Body}\nbut the OpenAPI document\n{openApi[e.Key].Body}"));
    }

    [Fact]
    public async Task Enums_InTheOpenApiDocument_ListTheirValuesAsStrings()
    {
        var schemas = (await OpenApiDocumentAsync(factory)).GetProperty("components").GetProperty("schemas");
        var enums = schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("enum", out _)).ToList();

        Assert.Contains(enums, e => e.Name == "ParticipantRole");
        Assert.Contains(enums, e => e.Name == "ChannelPostKind");
        Assert.All(enums, e => Assert.All(e.Value.GetProperty("enum").EnumerateArray(), v =>
            Assert.True(v.ValueKind is JsonValueKind.String or JsonValueKind.Null, $"{e.Name} lists {v.GetRawText()}")));
    }

    [Theory]
    [InlineData("docs")]
    [InlineData("openapi")]
    public async Task EveryExample_IsAcceptedByTheEndpointItDocuments(string source)
    {
        // A host of its own per source: the scenario example's id can be uploaded once per catalog.
        await using var api = new ApiFactory();
        var examples = source == "docs" ? DocumentedExample.FromDocs() : DocumentedExample.FromOpenApi(await OpenApiDocumentAsync(api));
        var walk = new Walk(examples);

        using var admin = PracticeClient.Admin(api);
        var registered = await walk.SendAsync(admin, "POST /api/people", new());
        using var rui = new PracticeClient(api.CreateClient(), registered.GetProperty("token").GetString()!);
        var ruiId = registered.GetProperty("person").GetProperty("id").GetString()!;
        var (inesPerson, ines) = await admin.RegisterAsync(api, "ines", canInstigate: true, Experience.Experienced);
        using var instigator = ines;
        var (ana, anaClient) = await admin.RegisterAsync(api, "ana");
        anaClient.Dispose();

        await walk.SendAsync(ines, "POST /api/scenarios/check", new());
        await walk.SendAsync(ines, "POST /api/scenarios", new());
        var cohortId = (await walk.SendAsync(ines, "POST /api/cohorts", new(PersonId: ruiId))).GetProperty("id").GetString()!;
        await walk.SendAsync(ines, "POST /api/cohorts/{id}/members", new(Id: cohortId, PersonId: ana.Id.ToString()));
        var id = (await walk.SendAsync(ines, "POST /api/sessions", new(CohortId: cohortId))).GetProperty("id").GetString()!;
        await walk.SendAsync(ines, "POST /api/sessions/{id}/participants", new(Id: id, PersonId: ruiId));
        await walk.SendAsync(ines, "POST /api/sessions/{id}/code-blue", new(Id: id, PersonId: ruiId));
        await ines.PostAsync<SessionView>(Guid.Parse(id), "start");
        await walk.SendAsync(ines, "POST /api/sessions/{id}/speed", new(Id: id));
        await walk.SendAsync(ines, "POST /api/sessions/{id}/faults", new(Id: id));
        await walk.SendAsync(rui, "POST /api/sessions/{id}/commands", new(Id: id));
        await walk.SendAsync(rui, "POST /api/sessions/{id}/commander", new(Id: id, PersonId: ruiId));
        await walk.SendAsync(rui, "POST /api/sessions/{id}/channel", new(Id: id));
        var asked = (await walk.SendAsync(ines, "POST /api/sessions/{id}/stakeholder-messages", new(Id: id))).GetProperty("number").GetInt32();
        await walk.SendAsync(rui, "POST /api/sessions/{id}/stakeholder-messages/{number}/answer", new(Id: id, Number: asked.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await walk.SendAsync(rui, "POST /api/sessions/{id}/status-updates", new(Id: id));
        await rui.PostAsync<SessionView>(Guid.Parse(id), "resolve");
        await walk.SendAsync(rui, "POST /api/sessions/{id}/assessment", new(Id: id));
        await walk.SendAsync(rui, "POST /api/sessions/{id}/lessons", new(Id: id));
        await ines.PostAsync<Debrief>(Guid.Parse(id), "debrief");
        await walk.SendAsync(rui, "PUT /api/sessions/{id}/postmortem/sections/{section}", new(Id: id, Section: "summary"));
        // Last: the schedule puts the cohort on rosters of its own sessions.
        await walk.SendAsync(ines, "POST /api/cohorts/{id}/schedules", new(Id: cohortId, PersonId: inesPerson.Id.ToString()));

        Assert.Equal(examples.Keys.Order(StringComparer.Ordinal), walk.Sent.Order(StringComparer.Ordinal));
    }

    private static async Task<JsonElement> OpenApiDocumentAsync(ApiFactory api)
    {
        using var client = api.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.Clone();
    }

    /// <summary>
    /// The ids that fill an example's placeholders: <c>{id}</c>, <c>{section}</c> and <c>{number}</c> in the path,
    /// <c>{personId}</c> and <c>{cohortId}</c> in the body.
    /// </summary>
    private sealed record Fill(string? Id = null, string? PersonId = null, string? CohortId = null, string? Section = null, string? Number = null)
    {
        public string Apply(string text) => text
            .Replace("{id}", Id ?? "{id}", StringComparison.Ordinal)
            .Replace("{section}", Section ?? "{section}", StringComparison.Ordinal)
            .Replace("{number}", Number ?? "{number}", StringComparison.Ordinal)
            .Replace("{personId}", PersonId ?? "{personId}", StringComparison.Ordinal)
            .Replace("{cohortId}", CohortId ?? "{cohortId}", StringComparison.Ordinal);
    }

    /// <summary>Sends examples and remembers which endpoints it sent one to.</summary>
    private sealed class Walk(Dictionary<string, DocumentedExample> examples)
    {
        public HashSet<string> Sent { get; } = new(StringComparer.Ordinal);

        public async Task<JsonElement> SendAsync(PracticeClient caller, string endpoint, Fill fill)
        {
            Assert.True(examples.TryGetValue(endpoint, out var example) && example.Body.Length > 0, $"{endpoint} has no example");
            var body = fill.Apply(example.Body);
            var path = fill.Apply(endpoint.Split(' ')[1]);
            Assert.False(Placeholder().IsMatch(body + path), $"{endpoint}: the walk fills no placeholder in {path} {body}");
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue(example.MediaType) { CharSet = "utf-8" };
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Split(' ')[0]), path) { Content = content };
            using var response = await caller.Http.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{endpoint} refused its example with {(int)response.StatusCode}: {answer}\n{body}");
            Sent.Add(endpoint);
            return JsonDocument.Parse(answer).RootElement.Clone();
        }
    }

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
