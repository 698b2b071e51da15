namespace PracticePlatform.Simulation.Faults.MemoryLeak;

internal sealed class MemoryLeakBehaviour : FaultBehaviour
{
}
