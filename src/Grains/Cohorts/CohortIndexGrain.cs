using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Grains.Indexes;

namespace PracticePlatform.Grains.Cohorts;

/// <summary>See <see cref="ICohortIndexGrain"/>.</summary>
public sealed class CohortIndexGrain([PersistentState("cohorts")] IPersistentState<IdIndexState> state) : IdIndexGrain(state), ICohortIndexGrain;
