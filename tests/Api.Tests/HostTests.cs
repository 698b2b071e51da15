using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PracticePlatform.Api.Tests;

public sealed partial class HostTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_AnswerHealthyWithoutAToken(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RuntimeStatus_WithoutAToken_Is401ProblemJson()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/runtime");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RuntimeStatus_WithAWrongToken_Is401()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");

        var response = await client.GetAsync("/api/runtime");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RuntimeStatus_WithTheAdminToken_ReportsActivations()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFactory.AdminToken);

        var status = await client.GetFromJsonAsync<Dictionary<string, object>>("/api/runtime");

        Assert.NotNull(status);
        Assert.True(status.ContainsKey("activations"));
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryMappedApiEndpoint_AndRequiresTheBearerTokenOnEach()
    {
        using var client = factory.CreateClient();
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m.ToLowerInvariant()} {RouteConstraint().Replace(e.RoutePattern.RawText!, "").TrimEnd('/')}"))
            .ToHashSet(StringComparer.Ordinal);

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)).Select(o => (Name: $"{o.Name} {p.Name}", Operation: o.Value)))
            .ToList();

        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.True(mapped.Count >= 25, $"only {mapped.Count} /api endpoints were found mapped");
        Assert.Empty(mapped.Except(operations.Select(o => o.Name)));
        Assert.All(operations, o => Assert.True(
            o.Operation.TryGetProperty("security", out var security) && security.EnumerateArray().Any(r => r.TryGetProperty("Bearer", out _)),
            $"{o.Name} does not require the bearer token in the document"));
    }

    [Fact]
    public void EmbeddedStorage_LivesInTheDataFolder()
    {
        using var client = factory.CreateClient();

        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "practice.db")));
    }

    [GeneratedRegex(@":[^}]+(?=})")]
    private static partial Regex RouteConstraint();
}
