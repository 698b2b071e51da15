using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Cohorts;

namespace PracticePlatform.Api.Pages.Cohorts;

/// <summary>Every cohort, and the form to set up a new one from registered people (posted to the API from the browser).</summary>
[Authorize(Roles.Instigator)]
public sealed class CohortsModel(IGrainFactory grains) : PageModel
{
    public IReadOnlyList<CohortView> Cohorts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ids = await grains.GetGrain<ICohortIndexGrain>(ICohortIndexGrain.Key).ListAsync();
        Cohorts = await Task.WhenAll(ids.Select(id => grains.GetGrain<ICohortGrain>(id).GetAsync()));
    }
}
