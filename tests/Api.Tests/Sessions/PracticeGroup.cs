using System.Net.Http.Json;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// One group practising one session, each person with their own token: instigator ines (creates the session),
/// responders rui (experienced), ana (intermediate) and eva (novice), observer obi. Names carry an optional suffix
/// so several groups can practise the same scenario in one host; the session may belong to a cohort.
/// </summary>
public sealed class PracticeGroup : IDisposable
{
    private readonly Dictionary<string, PracticeClient> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonView> _people = new(StringComparer.Ordinal);

    private PracticeGroup(PracticeClient admin) => Admin = admin;

    public PracticeClient Admin { get; private set; }

    public Guid Id { get; private set; }

    public SessionView Created { get; private set; } = null!;

    public PracticeClient this[string name] => _clients[name];

    public PersonView Person(string name) => _people[name];

    public PracticeClient Ines => this["ines"];

    public static Task<PracticeGroup> CreateAsync(ApiFactory factory, string scenarioId, ulong seed = 7, object? notifications = null, bool roster = true, DateTimeOffset? scheduledStart = null, string suffix = "", Guid? cohortId = null, bool manualInjects = false, StartWindow? startWindow = null) =>
        CreateAsync(factory.CreateClient, ApiFactory.AdminToken, scenarioId, seed, notifications, roster, scheduledStart, suffix, cohortId, manualInjects, startWindow);

    /// <summary>The group on any host: <paramref name="clients"/> makes its HTTP clients.</summary>
    public static async Task<PracticeGroup> CreateAsync(Func<HttpClient> clients, string adminToken, string scenarioId, ulong seed = 7, object? notifications = null, bool roster = true, DateTimeOffset? scheduledStart = null, string suffix = "", Guid? cohortId = null, bool manualInjects = false, StartWindow? startWindow = null)
    {
        var group = new PracticeGroup(new PracticeClient(clients(), adminToken));
        foreach (var (name, instigate, experience) in new[]
        {
            ("ines", true, Experience.Experienced), ("rui", false, Experience.Experienced), ("ana", false, Experience.Intermediate),
            ("eva", false, Experience.Novice), ("obi", false, Experience.Novice),
        })
        {
            var (person, client) = await group.Admin.RegisterAsync(clients, name + suffix, instigate, experience);
            group._people[name] = person;
            group._clients[name] = client;
        }
        var response = await group.Ines.Http.PostAsJsonAsync("/api/sessions", new { scenarioId, seed, notifications, scheduledStart, cohortId, manualInjects, startWindow }, PracticeClient.Json);
        group.Created = await PracticeClient.ReadAsync<SessionView>(response);
        group.Id = group.Created.Id;
        if (roster)
        {
            foreach (var (name, role) in new[] { ("rui", "responder"), ("ana", "responder"), ("eva", "responder"), ("obi", "observer") })
            {
                await group.Ines.PostAsync<SessionView>(group.Id, "participants", new { personId = group.Person(name).Id, role });
            }
        }
        return group;
    }

    /// <summary>The same people with new clients on <paramref name="factory"/>, as after a process restart.</summary>
    public void Rebind(ApiFactory factory) => Rebind(factory.CreateClient, ApiFactory.AdminToken);

    /// <summary>The same people with new clients from <paramref name="clients"/>, as after a process restart.</summary>
    public void Rebind(Func<HttpClient> clients, string adminToken)
    {
        foreach (var name in _clients.Keys.ToList())
        {
            var token = _clients[name].Token;
            _clients[name].Dispose();
            _clients[name] = new PracticeClient(clients(), token);
        }
        Admin.Dispose();
        Admin = new PracticeClient(clients(), adminToken);
    }

    public void Dispose()
    {
        Admin.Dispose();
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
