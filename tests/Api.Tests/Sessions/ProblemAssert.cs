using System.Net;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Asserts a problem+json answer with a status and a detail naming the problem.</summary>
internal static class ProblemAssert
{
    public static async Task IsAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detailContains, body, StringComparison.OrdinalIgnoreCase);
    }
}
