namespace PracticePlatform.Simulation.Faults.CrashLoop;

internal sealed class CrashLoopBehaviour : FaultBehaviour
{
}
