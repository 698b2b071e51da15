namespace PracticePlatform.Contracts.Faults;

/// <summary>An injected fault's history: what, where, injected by whom when; ended by whom when (null while it lasts).</summary>
[GenerateSerializer, Immutable, Alias("practice.FaultRecord")]
public sealed record FaultRecord(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] string FaultId,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Target,
    [property: Id(4)] string InjectedBy,
    [property: Id(5)] long InjectedAtSecond,
    [property: Id(6)] DateTimeOffset InjectedAtWall,
    [property: Id(7)] string? EndedBy = null,
    [property: Id(8)] long? EndedAtSecond = null,
    [property: Id(9)] DateTimeOffset? EndedAtWall = null,
    [property: Id(10)] bool ClearedByKillSwitch = false,
    [property: Id(11)] long? MitigatedAtSecond = null)
{
    /// <summary>
    /// Where the fault ended up: <c>active</c>; <c>mitigated</c> by the responders (at <see cref="MitigatedAtSecond"/>);
    /// <c>reverted</c> by an instigator; or <c>cleared</c> by the kill switch.
    /// </summary>
    public string State => EndedBy is not null ? (ClearedByKillSwitch ? "cleared" : "reverted") : MitigatedAtSecond is not null ? "mitigated" : "active";
}
