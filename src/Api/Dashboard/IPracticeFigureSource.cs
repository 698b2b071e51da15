using System.Collections.Immutable;

namespace PracticePlatform.Api.Dashboard;

/// <summary>Where the dashboard learns how many sessions are in each state.</summary>
public interface IPracticeFigureSource
{
    Task<ImmutableSortedDictionary<string, int>> SessionsByStateAsync();
}
