namespace PracticePlatform.Simulation.Faults.DiskFull;

internal sealed class DiskFullBehaviour : FaultBehaviour
{
}
