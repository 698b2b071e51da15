namespace PracticePlatform.Cli.Remote.Views;

/// <summary>An injected fault of a session: the inject id, kind, target, status and the second it was injected.</summary>
public sealed record FaultSummary(string Id, string Kind, string Target, string Status, long InjectedAt);
