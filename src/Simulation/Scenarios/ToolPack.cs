namespace PracticePlatform.Simulation.Scenarios;

/// <summary>Groups of commands a scenario makes available to responders.</summary>
public enum ToolPack
{
    Os,
    Database,
    Coordination,
    Manta,
    Kubernetes,
}
