namespace PracticePlatform.Simulation.Faults;

/// <summary>What a fault kind does to a cell. Behaviours are stateless; per-fault state lives in the active fault.</summary>
internal abstract class FaultBehaviour
{
}
