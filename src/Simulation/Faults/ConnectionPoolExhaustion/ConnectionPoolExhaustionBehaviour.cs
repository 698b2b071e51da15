namespace PracticePlatform.Simulation.Faults.ConnectionPoolExhaustion;

internal sealed class ConnectionPoolExhaustionBehaviour : FaultBehaviour
{
}
