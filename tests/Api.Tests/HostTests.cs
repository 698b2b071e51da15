using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace PracticePlatform.Api.Tests;

public sealed class HostTests(ApiFactory factory) : IClassFixture<ApiFactory>
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
    public async Task OpenApiDocument_ListsTheRuntimeEndpoint()
    {
        using var client = factory.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/runtime", document, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedStorage_LivesInTheDataFolder()
    {
        using var client = factory.CreateClient();

        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "practice.db")));
    }
}
