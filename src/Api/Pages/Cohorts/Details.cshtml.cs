using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.Security;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Pages.Cohorts;

/// <summary>One cohort: its members and the sessions it runs. Admins, people allowed to instigate, and its members.</summary>
public sealed class CohortDetailsModel(IGrainFactory grains, ConsoleAccess access) : PageModel
{
    public CohortView Cohort { get; private set; } = null!;

    /// <summary>The members as the people list shows them: no emails, no participations.</summary>
    public IReadOnlyList<PersonSummary> Members { get; private set; } = [];

    /// <summary>The cohort's sessions the caller may open.</summary>
    public IReadOnlyList<SessionSeat> Sessions { get; private set; } = [];

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
        return Page();
    }
}
