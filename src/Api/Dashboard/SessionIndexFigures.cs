using PracticePlatform.Contracts.Sessions;
using System.Collections.Immutable;
using PracticePlatform.Grains.Sessions;
using PracticePlatform.Runtime;

namespace PracticePlatform.Api.Dashboard;

/// <summary>
/// Counts sessions by state from the session index, which the sessions keep up to date themselves: one call a
/// second however many sessions there were, and no session is activated (or kept active) by a dashboard watching.
/// </summary>
public sealed class SessionIndexFigures(IGrainFactory grains) : IPracticeFigureSource
{
    public async Task<ImmutableSortedDictionary<string, int>> SessionsByStateAsync()
    {
        var counts = await grains.GetGrain<ISessionIndexGrain>(ISessionIndexGrain.Key).CountByStatusAsync();
        return counts.ToImmutableSortedDictionary(c => c.Key.ToString().ToLowerInvariant(), c => c.Value, StringComparer.Ordinal);
    }
}
