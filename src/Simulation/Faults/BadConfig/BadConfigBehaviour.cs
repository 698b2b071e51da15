namespace PracticePlatform.Simulation.Faults.BadConfig;

internal sealed class BadConfigBehaviour : FaultBehaviour
{
}
