namespace PracticePlatform.Contracts.Sessions;

/// <summary>An injected fault as the session shows it: its id (the inject id), kind, target, status, when it escalated (null: not yet, or never), and when the responders mitigated it (null: not mitigated now).</summary>
[GenerateSerializer, Immutable, Alias("practice.FaultSummary")]
public sealed record FaultSummary([property: Id(0)] string Id, [property: Id(1)] string Kind, [property: Id(2)] string Target, [property: Id(3)] string Status, [property: Id(4)] long InjectedAt, [property: Id(5)] long? EscalatedAt = null, [property: Id(6)] long? MitigatedAt = null);
