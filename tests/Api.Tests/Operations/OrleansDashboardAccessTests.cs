using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using PracticePlatform.Api.Tests.Sessions;

namespace PracticePlatform.Api.Tests.Operations;

/// <summary>
/// The Orleans dashboard shows grain state and a live log, which hold what responders must not see: every page,
/// asset, data and log endpoint under /dashboard is for admins only.
/// </summary>
public sealed class OrleansDashboardAccessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Paths() =>
    [
        "/dashboard/", "/dashboard/index.min.js", "/dashboard/index.css", "/dashboard/DashboardCounters", "/dashboard/ClusterStats",
        "/dashboard/Reminders", "/dashboard/GrainTypes", "/dashboard/Trace", "/dashboard/GrainState?grainId=x&grainType=y",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Anonymous_IsSentToSignIn(string path)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task APersonWhoIsNotAdmin_Is403(string path)
    {
        using var admin = PracticeClient.Admin(factory);
        var (_, nadia) = await admin.RegisterAsync(factory, $"nadia-{Guid.NewGuid():N}", canInstigate: true);
        using var _ = nadia;
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", nadia.Token);

        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/index.min.js")]
    [InlineData("/dashboard/DashboardCounters")]
    public async Task TheAdmin_GetsTheOrleansDashboard(string path)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFactory.AdminToken);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (path == "/dashboard/")
        {
            Assert.Contains("<title>Orleans Dashboard</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
