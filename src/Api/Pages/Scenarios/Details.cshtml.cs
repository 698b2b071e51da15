using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.Scenarios;

namespace PracticePlatform.Api.Pages.Scenarios;

/// <summary>One scenario; its solution, resolution criteria, hints and notes only for those allowed to see them.</summary>
public sealed class ScenarioDetailsModel(ConsoleAccess access) : PageModel
{
    public ScenarioDetails? Scenario { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Scenario = await access.ScenarioAsync(id, User);
        return Scenario is null ? NotFound() : Page();
    }
}
