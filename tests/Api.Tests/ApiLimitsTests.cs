using System.Net;
using System.Text;
using PracticePlatform.Api.Tests.Sessions;

namespace PracticePlatform.Api.Tests;

public sealed class ApiLimitsTests
{
    [Fact]
    public async Task OversizedBody_Is413ProblemJson_NamingTheLimit()
    {
        await using var factory = new ApiFactory();
        using var admin = PracticeClient.Admin(factory);
        var body = "{\"name\":\"" + new string('x', 70 * 1024) + "\"}";

        var response = await admin.Http.PostAsync("/api/people", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("at most 65536", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimit_IsPerToken_AndAnswers429WithRetryAfter()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Practice:RateLimit:BurstLimit"] = "5";
        factory.Settings["Practice:RateLimit:TokensPerSecond"] = "1";
        factory.Settings["Practice:RateLimit:ReplenishmentPeriod"] = "01:00:00";
        using var admin = PracticeClient.Admin(factory);
        var (_, person) = await admin.RegisterAsync(factory, "quick", canInstigate: true);
        using var _ = person;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await person.Http.GetAsync("/api/scenarios")).StatusCode);
        }
        var limited = await person.Http.GetAsync("/api/scenarios");
        var health = await person.Http.GetAsync("/health/live");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5).Append(HttpStatusCode.TooManyRequests), statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.RetryAfter is not null || limited.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/api/scenarios")).StatusCode);
    }
}
