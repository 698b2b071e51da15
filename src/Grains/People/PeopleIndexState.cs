namespace PracticePlatform.Grains.People;

/// <summary>The people index's persisted state.</summary>
public sealed class PeopleIndexState
{
    public List<Guid> People { get; set; } = [];
}
