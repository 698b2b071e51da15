namespace PracticePlatform.Simulation.Faults.LockContention;

internal sealed class LockContentionBehaviour : FaultBehaviour
{
}
