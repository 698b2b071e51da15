namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One resolution criterion at the debrief: in the scenario's YAML terms, whether it was met, and how far from it the cell was.</summary>
public sealed record CriterionCheck(string Criterion, bool Met, string Progress);
