namespace PracticePlatform.Simulation.Faults.CpuSaturation;

internal sealed class CpuSaturationBehaviour : FaultBehaviour
{
}
