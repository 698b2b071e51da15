using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.Security;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Pages;

/// <summary>Home: the caller's sessions, upcoming (in local time), running and awaiting debrief, and their cohorts.</summary>
public sealed class IndexModel(IGrainFactory grains, ConsoleAccess access) : PageModel
{
    public IReadOnlyList<(string Title, string Id, IReadOnlyList<SessionSeat> Sessions)> Groups { get; private set; } = [];

    public IReadOnlyList<string> Cohorts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var caller = User.ToCaller();
        var person = caller.PersonId is { } personId ? await grains.GetGrain<IPersonGrain>(personId).GetAsync() : null;
        var sessionIds = person is not null
            ? [.. person.Participations.Select(p => p.SessionId).Distinct()]
            : (await grains.GetGrain<ISessionIndexGrain>(ISessionIndexGrain.Key).ListAsync()).ToList();
        var seats = new List<SessionSeat>();
        foreach (var id in sessionIds)
        {
            if (await access.SeatAsync(id, User) is { } seat)
            {
                seats.Add(seat);
            }
        }
        var cohorts = new List<string>();
        var memberOf = person?.Cohorts ?? [];
        foreach (var cohortId in memberOf.Concat(seats.Select(s => s.Session.CohortId).OfType<Guid>()).Distinct())
        {
            try
            {
                var cohort = await grains.GetGrain<ICohortGrain>(cohortId).GetAsync();
                cohorts.Add($"{cohort.Name} ({cohort.Members.Length} people, {cohort.Sessions.Length} sessions)");
            }
            catch (SessionNotFoundException)
            {
                // A cohort whose creation was cut short after its members were told.
            }
        }
        Cohorts = cohorts;
        seats.Sort((a, b) => Nullable.Compare(a.Session.ScheduledStart, b.Session.ScheduledStart));
        Groups =
        [
            ("Upcoming", "upcoming", [.. seats.Where(s => s.Session.Status is SessionStatus.Draft or SessionStatus.Scheduled)]),
            ("Running", "running", [.. seats.Where(s => s.Session.Status is SessionStatus.Running or SessionStatus.Paused)]),
            ("Awaiting debrief", "awaiting-debrief", [.. seats.Where(s => s.Session.Status is SessionStatus.Resolved or SessionStatus.Assessing)]),
            ("Past", "past", [.. seats.Where(s => s.Session.Status is SessionStatus.Debriefed or SessionStatus.Closed or SessionStatus.Aborted)]),
        ];
    }
}
