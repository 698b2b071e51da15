using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Cells;

/// <summary>
/// One resolution criterion, whether it is met (held long enough), and how far the cell is from it in words, e.g.
/// "4 of 6 instances online and in rotation" or "errors below 1% for 3m of 5m". The words never name an inject.
/// </summary>
public sealed record ResolutionProgress(ResolutionCriterion Criterion, bool Met, string Progress)
{
    /// <summary>The criterion in the scenario's YAML terms, met or not, and the progress, on one line.</summary>
    public string Describe() => $"{Criterion.ToYaml()}: {(Met ? "met" : "not met")}, {Progress}";
}
