namespace PracticePlatform.Simulation.Faults.RetryStorm;

internal sealed class RetryStormBehaviour : FaultBehaviour
{
}
