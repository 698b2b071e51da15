using System.Collections.Immutable;
using Orleans.Concurrency;

namespace PracticePlatform.Contracts.Cohorts;

/// <summary>Every cohort's id in creation order, so sessions can be set up for a cohort picked by name. Key: <see cref="Key"/>.</summary>
[Alias("practice.ICohortIndexGrain")]
public interface ICohortIndexGrain : IGrainWithStringKey
{
    /// <summary>The one index grain's key.</summary>
    const string Key = "all";

    /// <summary>Records a created cohort; idempotent.</summary>
    Task AddAsync(Guid cohortId);

    /// <summary>Every cohort's id, oldest first.</summary>
    [ReadOnly]
    Task<ImmutableArray<Guid>> ListAsync();
}
