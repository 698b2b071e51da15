namespace PracticePlatform.Simulation.Faults.TcpSlowStart;

internal sealed class TcpSlowStartBehaviour : FaultBehaviour
{
}
