namespace PracticePlatform.Simulation.Faults.NetworkPartition;

internal sealed class NetworkPartitionBehaviour : FaultBehaviour
{
}
