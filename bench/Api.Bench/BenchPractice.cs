using System.Net.Http.Headers;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Bench;

/// <summary>One started practice (see <see cref="PracticeDriver"/>), with clients for its instigator and responder.</summary>
internal sealed record BenchPractice(Guid Id, HttpClient Instigator, HttpClient Responder, string ResponderToken)
{
    /// <summary>Registers an instigator and a responder, creates their session and starts it.</summary>
    public static async Task<BenchPractice> StartAsync(Func<HttpClient> clients, string adminToken)
    {
        var run = await new PracticeDriver(clients, adminToken).StartSessionAsync(1);
        return new BenchPractice(run.Id, Client(clients, run.InstigatorToken), Client(clients, run.ResponderToken), run.ResponderToken);
    }

    private static HttpClient Client(Func<HttpClient> clients, string token)
    {
        var client = clients();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
