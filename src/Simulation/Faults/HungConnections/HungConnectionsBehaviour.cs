namespace PracticePlatform.Simulation.Faults.HungConnections;

internal sealed class HungConnectionsBehaviour : FaultBehaviour
{
}
