namespace PracticePlatform.Simulation.Scenarios;

/// <summary>Which world the cell imitates; it decides the tool pack names and the look of tool output.</summary>
public enum EnvironmentKind
{
    Manta,
    Kubernetes,
    Generic,
}
