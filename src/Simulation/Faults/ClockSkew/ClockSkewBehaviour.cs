namespace PracticePlatform.Simulation.Faults.ClockSkew;

internal sealed class ClockSkewBehaviour : FaultBehaviour
{
}
