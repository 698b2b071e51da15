using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using PracticePlatform.Contracts.People;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Drives the HTTP API with one token, as the CLI or console would.</summary>
public sealed class PracticeClient(HttpClient http, string token) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public HttpClient Http { get; } = Authorized(http, token);

    public string Token { get; } = token;

    /// <summary>A client with the admin token.</summary>
    public static PracticeClient Admin(ApiFactory factory) => new(factory.CreateClient(), ApiFactory.AdminToken);

    /// <summary>Admin: registers a person and answers a client with their personal token.</summary>
    public Task<(PersonView Person, PracticeClient Client)> RegisterAsync(
        ApiFactory factory, string name, bool canInstigate = false, Experience experience = Experience.Intermediate, bool prerequisites = true) =>
        RegisterAsync(factory.CreateClient, name, canInstigate, experience, prerequisites);

    /// <summary>Admin: registers a person; their client comes from <paramref name="clients"/> (any host).</summary>
    public async Task<(PersonView Person, PracticeClient Client)> RegisterAsync(
        Func<HttpClient> clients, string name, bool canInstigate = false, Experience experience = Experience.Intermediate, bool prerequisites = true)
    {
        var created = await ReadAsync<JsonElement>(await Http.PostAsJsonAsync("/api/people", new
        {
            name,
            email = $"{name}@example.test",
            experience,
            prerequisites = new { credentials = prerequisites, ownDeployment = prerequisites },
            canInstigate,
        }, Json));
        var person = created.GetProperty("person").Deserialize<PersonView>(Json)!;
        return (person, new PracticeClient(clients(), created.GetProperty("token").GetString()!));
    }

    public Task<HttpResponseMessage> PostAsync(Guid session, string path, object? body = null) =>
        Http.PostAsJsonAsync($"/api/sessions/{session}/{path}", body ?? new { }, Json);

    public async Task<T> PostAsync<T>(Guid session, string path, object? body = null) =>
        await ReadAsync<T>(await PostAsync(session, path, body));

    public async Task<T> GetAsync<T>(string path) => await ReadAsync<T>(await Http.GetAsync(path));

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public void Dispose() => Http.Dispose();

    private static HttpClient Authorized(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
