namespace PracticePlatform.Simulation.Faults;

/// <summary>The life of a fault in a cell: armed (scheduled), active, mitigated by responders, cleared by instigators.</summary>
public enum FaultStatus
{
    Armed,
    Active,
    Mitigated,
    Cleared,
}
