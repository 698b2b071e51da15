namespace PracticePlatform.Simulation.Faults.ReplicationLag;

internal sealed class ReplicationLagBehaviour : FaultBehaviour
{
}
