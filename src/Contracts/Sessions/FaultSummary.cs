namespace PracticePlatform.Contracts.Sessions;

/// <summary>An injected fault as the session shows it: its id (the inject id), kind, target and status.</summary>
[GenerateSerializer, Immutable, Alias("practice.FaultSummary")]
public sealed record FaultSummary(string Id, string Kind, string Target, string Status, long InjectedAt);
