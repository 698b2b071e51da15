using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Indexes;

namespace PracticePlatform.Grains.Sessions;

/// <summary>The session index's persisted state: the ids in creation order and each session's latest state.</summary>
public sealed class SessionIndexState : IdIndexState
{
    public Dictionary<Guid, SessionStatus> Statuses { get; set; } = [];
}
