namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One row of <c>GET /api/people</c>.</summary>
public sealed record PersonSummary(Guid Id, string Name, string Experience, bool PrerequisitesMet, bool CanInstigate);
