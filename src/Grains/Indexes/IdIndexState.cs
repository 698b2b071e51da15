namespace PracticePlatform.Grains.Indexes;

/// <summary>An id index's persisted state.</summary>
public class IdIndexState
{
    public List<Guid> Ids { get; set; } = [];
}
