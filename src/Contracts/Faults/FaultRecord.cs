namespace PracticePlatform.Contracts.Faults;

/// <summary>An injected fault's history: what, where, injected by whom when; ended by whom when (null while it lasts).</summary>
[GenerateSerializer, Immutable, Alias("practice.FaultRecord")]
public sealed record FaultRecord(
    Guid SessionId,
    string FaultId,
    string Kind,
    string Target,
    string InjectedBy,
    long InjectedAtSecond,
    DateTimeOffset InjectedAtWall,
    string? EndedBy = null,
    long? EndedAtSecond = null,
    DateTimeOffset? EndedAtWall = null,
    bool ClearedByKillSwitch = false);
