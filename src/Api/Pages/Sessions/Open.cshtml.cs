using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.WebConsole;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>A session's link in invitations and notifications: sends each person to the page for their seat.</summary>
public sealed class OpenModel(ConsoleAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await access.SeatAsync(id, User) is { } seat ? Redirect(seat.ConsolePath) : RedirectToPage("/Missing");
}
