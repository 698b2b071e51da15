namespace PracticePlatform.Simulation.Faults.PacketLoss;

internal sealed class PacketLossBehaviour : FaultBehaviour
{
}
