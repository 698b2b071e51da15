using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.Scenarios;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>
/// A page about one session: loads the caller's seat (the "no such session" page, a 404, when the session is unknown
/// or not theirs; never the API's problem JSON) and the
/// scenario, secrets included only for instigators and the admin. <see cref="Admits"/> says who the page is for.
/// </summary>
public abstract class SessionPageModel(ConsoleAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SessionSeat Seat { get; private set; } = null!;

    public ScenarioDetails Scenario { get; private set; } = null!;

    protected ConsoleAccess Access => access;

    /// <summary>Whether the seat may open this page; others get the 403 page.</summary>
    protected abstract bool Admits(SessionSeat seat);

    public virtual async Task<IActionResult> OnGetAsync()
    {
        if (await access.SeatAsync(Id, User) is not { } seat)
        {
            return RedirectToPage("/Missing");
        }
        if (!Admits(seat))
        {
            return RedirectToPage("/Forbidden");
        }
        Seat = seat;
        Scenario = (await access.ScenarioAsync(seat.ScenarioId, User, instigates: seat.Instigates))!;
        return Page();
    }
}
