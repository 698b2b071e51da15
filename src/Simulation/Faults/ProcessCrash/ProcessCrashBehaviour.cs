namespace PracticePlatform.Simulation.Faults.ProcessCrash;

internal sealed class ProcessCrashBehaviour : FaultBehaviour
{
}
