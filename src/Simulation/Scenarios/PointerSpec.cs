namespace PracticePlatform.Simulation.Scenarios;

/// <summary>A pointer instigators may give: a doc page, a man page or source code.</summary>
public sealed record PointerSpec(PointerKind Kind, string Title, string Url);
