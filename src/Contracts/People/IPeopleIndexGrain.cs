using System.Collections.Immutable;
using Orleans.Concurrency;

namespace PracticePlatform.Contracts.People;

/// <summary>Every registered person's id in registration order, for rosters and cohorts. Key: <see cref="Key"/>.</summary>
[Alias("practice.IPeopleIndexGrain")]
public interface IPeopleIndexGrain : IGrainWithStringKey
{
    /// <summary>The one index grain's key.</summary>
    const string Key = "all";

    Task AddAsync(Guid personId);

    [ReadOnly]
    Task<ImmutableArray<Guid>> ListAsync();
}
