namespace PracticePlatform.Simulation.Faults;

/// <summary>What an inject of a fault kind may name as its target.</summary>
[Flags]
public enum FaultTargets
{
    None = 0,
    Instance = 1,
    Service = 2,
    Host = 4,
    Datacenter = 8,
    Database = 16,
    RequestType = 32,
    Machines = Instance | Service | Host | Datacenter,
}
