namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One person on a session's roster.</summary>
public sealed record Participant(Guid PersonId, string Name, string Role, string Experience, bool PrerequisitesMet);
