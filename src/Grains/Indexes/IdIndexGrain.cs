namespace PracticePlatform.Grains.Indexes;

/// <summary>An index of ids and nothing more.</summary>
public abstract class IdIndexGrain(IPersistentState<IdIndexState> state) : IdIndexGrain<IdIndexState>(state);
