using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PracticePlatform.Testing;

/// <summary>Starts practices through the API over HTTP, as an instigator would: two people, a session, started at 1x (for the benchmarks).</summary>
public sealed class PracticeDriver(Func<HttpClient> clients, string adminToken)
{
    /// <summary>Starts practice <paramref name="number"/>; answers the session and its instigator's token.</summary>
    public async Task<PracticeRun> StartSessionAsync(int number)
    {
        using var admin = Client(adminToken);
        var instigator = await RegisterAsync(admin, $"bench-ines-{number}", canInstigate: true);
        var responder = await RegisterAsync(admin, $"bench-rui-{number}", canInstigate: false);
        using var ines = Client(instigator.Token);
        var session = await ReadAsync(() => ines.PostAsJsonAsync("/api/sessions", new { scenarioId = "manta-webapi-crash", seed = (ulong)number }));
        var id = session.GetProperty("id").GetGuid();
        await ReadAsync(() => ines.PostAsJsonAsync($"/api/sessions/{id}/participants", new { personId = responder.Id, role = "responder" }));
        await ReadAsync(() => ines.PostAsJsonAsync($"/api/sessions/{id}/start", new { }));
        return new PracticeRun(id, instigator.Token, responder.Token);
    }

    /// <summary>An admin client on the frontend.</summary>
    public HttpClient Admin() => Client(adminToken);

    private HttpClient Client(string token)
    {
        var client = clients();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<(Guid Id, string Token)> RegisterAsync(HttpClient admin, string name, bool canInstigate)
    {
        var created = await ReadAsync(() => admin.PostAsJsonAsync("/api/people", new
        {
            name,
            email = $"{name}@example.test",
            experience = "intermediate",
            prerequisites = new { credentials = true, ownDeployment = true },
            canInstigate,
        }));
        return (created.GetProperty("person").GetProperty("id").GetGuid(), created.GetProperty("token").GetString()!);
    }

    /// <summary>Sends, waiting out the API's rate limit (429 with Retry-After) when starting many practices at once.</summary>
    private static async Task<JsonElement> ReadAsync(Func<Task<HttpResponseMessage>> send)
    {
        while (true)
        {
            using var response = await send();
            if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode
                ? JsonDocument.Parse(body).RootElement.Clone()
                : throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri?.PathAndQuery}: {body}");
        }
    }
}

/// <summary>A started session and the tokens of its instigator and responder (each token has its own rate limit, as in real use).</summary>
public sealed record PracticeRun(Guid Id, string InstigatorToken, string ResponderToken);
