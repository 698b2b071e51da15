using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PracticePlatform.Api.Bench;

/// <summary>One started practice, created through the API as an instigator would: two people, a session, started at 1x.</summary>
internal sealed record BenchPractice(Guid Id, HttpClient Instigator, HttpClient Responder, string ResponderToken)
{
    /// <summary>Registers an instigator and a responder, creates their session and starts it.</summary>
    public static async Task<BenchPractice> StartAsync(Func<HttpClient> clients, string adminToken)
    {
        using var admin = Client(clients, adminToken);
        var instigatorToken = (await RegisterAsync(admin, "bench-ines", canInstigate: true)).Token;
        var (responderId, responderToken) = await RegisterAsync(admin, "bench-rui", canInstigate: false);
        var instigator = Client(clients, instigatorToken);
        var session = await ReadAsync(instigator.PostAsJsonAsync("/api/sessions", new { scenarioId = "manta-webapi-crash", seed = 1UL }));
        var id = session.GetProperty("id").GetGuid();
        await ReadAsync(instigator.PostAsJsonAsync($"/api/sessions/{id}/participants", new { personId = responderId, role = "responder" }));
        await ReadAsync(instigator.PostAsJsonAsync($"/api/sessions/{id}/start", new { }));
        return new BenchPractice(id, instigator, Client(clients, responderToken), responderToken);
    }

    private static HttpClient Client(Func<HttpClient> clients, string token)
    {
        var client = clients();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<(Guid Id, string Token)> RegisterAsync(HttpClient admin, string name, bool canInstigate)
    {
        var created = await ReadAsync(admin.PostAsJsonAsync("/api/people", new
        {
            name,
            email = $"{name}@example.test",
            experience = "intermediate",
            prerequisites = new { credentials = true, ownDeployment = true },
            canInstigate,
        }));
        return (created.GetProperty("person").GetProperty("id").GetGuid(), created.GetProperty("token").GetString()!);
    }

    private static async Task<JsonElement> ReadAsync(Task<HttpResponseMessage> sent)
    {
        using var response = await sent;
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.Clone()
            : throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri?.PathAndQuery}: {body}");
    }
}
