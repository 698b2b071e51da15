using System.Net;
using System.Net.Http.Json;
using PracticePlatform.Api.Tests.Sessions;

namespace PracticePlatform.Api.Tests.Operations;

/// <summary>
/// <c>/metrics</c> in Prometheus's text format, with Orleans's, ASP.NET Core's and the practice meters, for the admin
/// token only (what Prometheus sends with its authorization setting), unless anonymous reading is switched on.
/// </summary>
public sealed class MetricsAccessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TheAdminToken_ReadsOrleansAspNetCoreAndPracticeMetrics()
    {
        using var admin = PracticeClient.Admin(factory);
        // A practice started, so that a cell (and the practice meter) exists.
        using var group = await PracticeGroup.CreateAsync(factory, "manta-webapi-crash");
        (await group.Ines.Http.PostAsJsonAsync($"/api/sessions/{group.Id}/start", new { })).EnsureSuccessStatusCode();

        using var response = await admin.Http.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\norleans_", text, StringComparison.Ordinal);
        Assert.Contains("\nhttp_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("\npractice_cells_active", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_Is401_SayingWhatToSend()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("admin token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task APersonsToken_Is403()
    {
        using var admin = PracticeClient.Admin(factory);
        var (_, nadia) = await admin.RegisterAsync(factory, $"nadia-{Guid.NewGuid():N}", canInstigate: true);
        using var _ = nadia;
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = nadia.Http.DefaultRequestHeaders.Authorization;

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WithAnonymousAllowed_AnyoneReadsThem()
    {
        await using var open = new ApiFactory();
        open.Settings["Practice:Metrics:AllowAnonymous"] = "true";
        using var client = open.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("orleans_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
