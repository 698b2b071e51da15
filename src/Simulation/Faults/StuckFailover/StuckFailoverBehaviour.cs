namespace PracticePlatform.Simulation.Faults.StuckFailover;

internal sealed class StuckFailoverBehaviour : FaultBehaviour
{
}
