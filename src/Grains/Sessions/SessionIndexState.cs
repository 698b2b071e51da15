namespace PracticePlatform.Grains.Sessions;

/// <summary>The session index's persisted state.</summary>
public sealed class SessionIndexState
{
    public List<Guid> Sessions { get; set; } = [];
}
