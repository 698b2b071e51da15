using System.Net;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// Registered people's names by id, to show a cohort's members by name. Only admins and instigators may list people;
/// for a member who may not, the answer is empty and the members show by id alone.
/// </summary>
public static class PeopleNames
{
    public static async Task<IReadOnlyDictionary<Guid, string>> ReadAsync(PracticeServer server, CancellationToken cancellationToken)
    {
        try
        {
            var people = RemoteJson.Read<PersonSummary[]>(await server.GetAsync("api/people", cancellationToken));
            return people.ToDictionary(p => p.Id, p => p.Name);
        }
        catch (RequestRefusedException e) when (e.Status == HttpStatusCode.Forbidden)
        {
            return new Dictionary<Guid, string>();
        }
    }
}
