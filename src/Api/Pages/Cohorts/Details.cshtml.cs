using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.Security;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Pages.Cohorts;

/// <summary>
/// One cohort: its members, the sessions it runs and its coverage matrix; for admins and people allowed to instigate
/// also its recurring schedules, with a form to add one (posted to the API from the browser). Admins, people allowed to
/// instigate, and its members.
/// </summary>
public sealed class CohortDetailsModel(IGrainFactory grains, ConsoleAccess access) : PageModel
{
    public CohortView Cohort { get; private set; } = null!;

    /// <summary>The members as the people list shows them: no emails, no participations.</summary>
    public IReadOnlyList<PersonSummary> Members { get; private set; } = [];

    /// <summary>The cohort's sessions the caller may open.</summary>
    public IReadOnlyList<SessionSeat> Sessions { get; private set; } = [];

    /// <summary>Members against the schedules' scenarios, as the caller may see it.</summary>
    public CoverageMatrix Coverage { get; private set; } = null!;

    /// <summary>The cohort's schedules; empty for callers who may not read them.</summary>
    public IReadOnlyList<PracticeScheduleView> Schedules { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        CohortView cohort;
        try
        {
            cohort = await grains.GetGrain<ICohortGrain>(id).GetAsync();
        }
        catch (SessionNotFoundException)
        {
            return NotFound();
        }
        var caller = User.ToCaller();
        if (!caller.CanInstigate && !(caller.PersonId is { } person && cohort.Members.Contains(person)))
        {
            return RedirectToPage("/Forbidden");
        }
        Cohort = cohort;
        Members = [.. (await Task.WhenAll(cohort.Members.Select(member => grains.GetGrain<IPersonGrain>(member).GetAsync()))).Select(PersonSummary.Of)];
        var seats = new List<SessionSeat>();
        foreach (var session in cohort.Sessions)
        {
            if (await access.SeatAsync(session, User) is { } seat)
            {
                seats.Add(seat);
            }
        }
        Sessions = seats;
        var schedules = grains.GetGrain<ICohortSchedulesGrain>(id);
        Coverage = await schedules.CoverageAsync(caller);
        Schedules = caller.CanInstigate ? await schedules.ListAsync(caller) : [];
        return Page();
    }
}
