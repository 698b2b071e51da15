namespace PracticePlatform.Simulation.Faults.AgentStarvation;

internal sealed class AgentStarvationBehaviour : FaultBehaviour
{
}
