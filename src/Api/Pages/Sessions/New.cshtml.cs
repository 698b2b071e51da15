using System.Collections.Immutable;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Scenarios;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>Creates a session from a scenario, optionally for a cohort (the form posts to the API from the browser).</summary>
[Authorize(Roles.Instigator)]
public sealed class NewModel(IGrainFactory grains) : PageModel
{
    public ImmutableArray<ScenarioSummary> Scenarios { get; private set; } = [];

    public IReadOnlyList<CohortView> Cohorts { get; private set; } = [];

    /// <summary>The cohort to preselect (from a cohort's page).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Cohort { get; set; }

    public async Task OnGetAsync()
    {
        Scenarios = await grains.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key).ListAsync();
        var ids = await grains.GetGrain<ICohortIndexGrain>(ICohortIndexGrain.Key).ListAsync();
        Cohorts = await Task.WhenAll(ids.Select(id => grains.GetGrain<ICohortGrain>(id).GetAsync()));
    }
}
