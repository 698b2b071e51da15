namespace PracticePlatform.Grains.Indexes;

/// <summary>An id index's persisted state.</summary>
public sealed class IdIndexState
{
    public List<Guid> Ids { get; set; } = [];
}
