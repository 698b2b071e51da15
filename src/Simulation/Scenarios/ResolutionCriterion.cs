using System.Globalization;
using PracticePlatform.Simulation.Text;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>One condition over cell state; a cell is restored when all of the scenario's criteria hold.</summary>
public sealed record ResolutionCriterion(ResolutionKind Kind, string Target, double Threshold, TimeSpan For, string? Datacenter = null)
{
    /// <summary>
    /// The criterion as the scenario's <c>resolution:</c> list writes it, e.g.
    /// <c>{ kind: error-rate-below, target: "*", threshold: 0.01, for: 5m }</c>: a threshold only where the kind has
    /// one, a duration only when it is not zero.
    /// </summary>
    public string ToYaml()
    {
        var target = Target == "*" ? "\"*\"" : Target;
        var threshold = Kind is ResolutionKind.ErrorRateBelow or ResolutionKind.LatencyBelow or ResolutionKind.ReplicationHealthy
            ? ", threshold: " + Threshold.ToString("0.######", CultureInfo.InvariantCulture)
            : "";
        var duration = For > TimeSpan.Zero ? ", for: " + Durations.Format(For) : "";
        var datacenter = Datacenter is null ? "" : ", datacenter: " + Datacenter;
        return $"{{ kind: {YamlMap.Kebab(Kind.ToString())}, target: {target}{datacenter}{threshold}{duration} }}";
    }
}
