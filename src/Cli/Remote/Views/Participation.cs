namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A person's part in one session, and whether its debrief was held.</summary>
public sealed record Participation(Guid SessionId, string ScenarioId, string Role, bool Debriefed);
