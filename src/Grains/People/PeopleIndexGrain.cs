using PracticePlatform.Contracts.People;
using PracticePlatform.Grains.Indexes;

namespace PracticePlatform.Grains.People;

/// <summary>See <see cref="IPeopleIndexGrain"/>.</summary>
public sealed class PeopleIndexGrain([PersistentState("people")] IPersistentState<IdIndexState> state) : IdIndexGrain(state), IPeopleIndexGrain;
