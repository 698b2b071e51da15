using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>
/// Where a Code Blue page sends the people it paged. They are not on the roster yet, so the page shows nothing of the
/// session: joining (<c>POST /api/sessions/{id}/join</c>) decides whether they may, and the console they get.
/// </summary>
public sealed class JoinModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public void OnGet()
    {
    }
}
