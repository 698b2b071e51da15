namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A Code Blue join: the role taken (responder, or observer when the scenario was played before), why, and the session.</summary>
public sealed record JoinOutcome(string Role, string Message, SessionView Session);
