using System.Collections.Immutable;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.Security;
using PracticePlatform.Grains.Scenarios;
using PracticePlatform.Runtime;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>Creates a session from a scenario (the form posts to the API from the browser).</summary>
[Authorize(Roles.Instigator)]
public sealed class NewModel(IGrainFactory grains) : PageModel
{
    public ImmutableArray<ScenarioSummary> Scenarios { get; private set; } = [];

    public async Task OnGetAsync() => Scenarios = await grains.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key).ListAsync();
}
