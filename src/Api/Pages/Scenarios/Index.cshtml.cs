using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Contracts.Scenarios;

namespace PracticePlatform.Api.Pages.Scenarios;

/// <summary>The catalog: every scenario without its secrets, and the upload form for instigators.</summary>
public sealed class ScenarioCatalogModel(IGrainFactory grains) : PageModel
{
    public ImmutableArray<ScenarioSummary> Scenarios { get; private set; } = [];

    public async Task OnGetAsync() => Scenarios = await grains.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key).ListAsync();
}
