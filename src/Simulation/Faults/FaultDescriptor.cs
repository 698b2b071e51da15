using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Faults;

/// <summary>A fault kind: its name in scenario files, what it may target, its parameters and its behaviour.</summary>
public sealed record FaultDescriptor(
    string Kind,
    string Description,
    FaultTargets Targets,
    ImmutableArray<FaultParameter> Parameters)
{
    /// <summary>Which responder commands mitigate this kind (for scenario authors and the catalog docs).</summary>
    public string Remedy { get; init; } = "";

    internal Func<FaultBehaviour>? CreateBehaviour { get; init; }

    public FaultParameter? Parameter(string name)
    {
        foreach (var parameter in Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }
}
