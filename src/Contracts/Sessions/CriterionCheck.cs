namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// One resolution criterion at the debrief: as the scenario's YAML writes it (<c>{ kind: all-online, target: webapi }</c>),
/// whether it was met, and how far the cell was from it in words ("4 of 6 instances online and in rotation").
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.CriterionCheck")]
public sealed record CriterionCheck([property: Id(0)] string Criterion, [property: Id(1)] bool Met, [property: Id(2)] string Progress)
{
    /// <summary>The criterion, met or not, and the progress, on one line.</summary>
    public override string ToString() => $"{Criterion}: {(Met ? "met" : "not met")}, {Progress}";
}
