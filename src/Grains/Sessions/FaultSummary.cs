namespace PracticePlatform.Grains.Sessions;

/// <summary>An injected fault as the session shows it: its id (the inject id), kind, target and status.</summary>
public sealed record FaultSummary(string Id, string Kind, string Target, string Status, long InjectedAt);
