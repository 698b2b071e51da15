namespace PracticePlatform.Simulation.Faults.DnsFailure;

internal sealed class DnsFailureBehaviour : FaultBehaviour
{
}
