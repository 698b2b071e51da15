using System.Collections.Immutable;
using PracticePlatform.Grains.People;
using PracticePlatform.Grains.Sessions;
using PracticePlatform.Runtime;

namespace PracticePlatform.Api.Dashboard;

/// <summary>Counts sessions by state from the session index, as the admin sees them.</summary>
public sealed class SessionIndexFigures(IGrainFactory grains) : IPracticeFigureSource
{
    public async Task<ImmutableSortedDictionary<string, int>> SessionsByStateAsync()
    {
        var ids = await grains.GetGrain<ISessionIndexGrain>(ISessionIndexGrain.Key).ListAsync();
        var views = await Task.WhenAll(ids.Select(id => grains.GetGrain<ISessionGrain>(id).GetAsync(Caller.Admin)));
        return views.GroupBy(v => v.Status.ToString().ToLowerInvariant())
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }
}
