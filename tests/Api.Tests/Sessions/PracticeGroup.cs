using System.Net.Http.Json;
using PracticePlatform.Grains.People;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// One group practising one session, each person with their own token: instigator ines (creates the session),
/// responders rui (experienced), ana (intermediate) and eva (novice), observer obi. Names carry an optional suffix
/// so several groups can practise the same scenario in one host.
/// </summary>
public sealed class PracticeGroup : IDisposable
{
    private readonly Dictionary<string, PracticeClient> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonView> _people = new(StringComparer.Ordinal);

    private PracticeGroup(PracticeClient admin) => Admin = admin;

    public PracticeClient Admin { get; }

    public Guid Id { get; private set; }

    public SessionView Created { get; private set; } = null!;

    public PracticeClient this[string name] => _clients[name];

    public PersonView Person(string name) => _people[name];

    public PracticeClient Ines => this["ines"];

    public static async Task<PracticeGroup> CreateAsync(ApiFactory factory, string scenarioId, ulong seed = 7, object? notifications = null, bool roster = true, DateTimeOffset? scheduledStart = null, string suffix = "")
    {
        var group = new PracticeGroup(PracticeClient.Admin(factory));
        foreach (var (name, instigate, experience) in new[]
        {
            ("ines", true, Experience.Experienced), ("rui", false, Experience.Experienced), ("ana", false, Experience.Intermediate),
            ("eva", false, Experience.Novice), ("obi", false, Experience.Novice),
        })
        {
            var (person, client) = await group.Admin.RegisterAsync(factory, name + suffix, instigate, experience);
            group._people[name] = person;
            group._clients[name] = client;
        }
        var response = await group.Ines.Http.PostAsJsonAsync("/api/sessions", new { scenarioId, seed, notifications, scheduledStart }, PracticeClient.Json);
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

    public void Dispose()
    {
        Admin.Dispose();
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
