using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Drives one session through the HTTP API with the admin token, as the CLI or console would.</summary>
public sealed class PracticeClient(HttpClient http) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public HttpClient Http { get; } = Authorized(http);

    public static PracticeClient For(ApiFactory factory) => new(factory.CreateClient());

    public async Task<SessionView> CreateAsync(string scenarioId, ulong seed = 7)
    {
        var response = await Http.PostAsJsonAsync("/api/sessions", new { scenarioId, seed }, Json);
        return await ReadAsync<SessionView>(response);
    }

    /// <summary>A session of <paramref name="scenarioId"/> with instigator ines, responders rui, ana and eva, observer obi.</summary>
    public async Task<SessionView> CreateWithRosterAsync(string scenarioId)
    {
        var session = await CreateAsync(scenarioId);
        foreach (var (name, role) in new[] { ("ines", "instigator"), ("rui", "responder"), ("ana", "responder"), ("eva", "responder"), ("obi", "observer") })
        {
            await ReadAsync<SessionView>(await PostAsync(session.Id, "participants", new { name, role }));
        }
        return session;
    }

    public Task<HttpResponseMessage> PostAsync(Guid session, string path, object body) =>
        Http.PostAsJsonAsync($"/api/sessions/{session}/{path}", body, Json);

    public async Task<T> PostAsync<T>(Guid session, string path, object body) =>
        await ReadAsync<T>(await PostAsync(session, path, body));

    public async Task<T> GetAsync<T>(string path) => await ReadAsync<T>(await Http.GetAsync(path));

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public void Dispose() => Http.Dispose();

    private static HttpClient Authorized(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFactory.AdminToken);
        return client;
    }
}
