using System.Net;
using System.Text.Json;

namespace PracticePlatform.Api.Tests.Sessions;

public sealed class ScenariosApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task List_ShowsTheBuiltInScenarios_WithoutTheirSolutions()
    {
        using var api = PracticeClient.Admin(factory);

        var body = await api.Http.GetStringAsync("/api/scenarios");

        var ids = JsonDocument.Parse(body).RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Contains(PracticeFlowTests.Scenario, ids);
        Assert.DoesNotContain("svcadm clear", body, StringComparison.Ordinal);
        Assert.DoesNotContain("solution", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_ForAnAdmin_IncludesTheSolution()
    {
        using var api = PracticeClient.Admin(factory);

        var scenario = JsonDocument.Parse(await api.Http.GetStringAsync($"/api/scenarios/{PracticeFlowTests.Scenario}")).RootElement;

        Assert.Contains("svcadm clear", scenario.GetProperty("solution").GetString(), StringComparison.Ordinal);
        Assert.Equal(PracticeFlowTests.Scenario, scenario.GetProperty("summary").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Get_OfAnUnknownScenario_Is404ProblemJson()
    {
        using var api = PracticeClient.Admin(factory);

        var response = await api.Http.GetAsync("/api/scenarios/no-such-scenario");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Scenarios_WithoutAToken_Are401()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/scenarios");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/scenarios/{id}")]
    [InlineData("/api/sessions/{id}/faults/{faultId}")]
    [InlineData("/api/sessions/{id}/debrief")]
    public async Task OpenApiDocument_DocumentsThePracticeEndpoints(string path)
    {
        using var client = factory.CreateClient();

        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");

        Assert.True(paths.TryGetProperty(path, out var item), path);
        Assert.All(item.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)),
            operation => Assert.True(operation.Value.TryGetProperty("summary", out _), $"{operation.Name} {path} has no summary"));
    }

    [Fact]
    public async Task OpenApiDocument_GivesEveryApiOperationASummaryAndADescription()
    {
        using var client = factory.CreateClient();

        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
        var undocumented = paths.EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject()
                .Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _))
                .Where(o => !o.Value.TryGetProperty("summary", out _) || !o.Value.TryGetProperty("description", out _))
                .Select(o => $"{o.Name} {p.Name}"))
            .ToList();

        Assert.True(paths.EnumerateObject().Count(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)) >= 25);
        Assert.Empty(undocumented);
    }
}
