using System.Collections.Immutable;
using PracticePlatform.Runtime;

namespace PracticePlatform.Grains.People;

/// <summary>Every registered person's id in registration order, for rosters and cohorts. Key: <see cref="Key"/>.</summary>
public interface IPeopleIndexGrain : IGrainWithStringKey
{
    /// <summary>The one index grain's key.</summary>
    const string Key = "all";

    Task AddAsync(Guid personId);

    Task<ImmutableArray<Guid>> ListAsync();
}
