namespace PracticePlatform.Simulation.Faults.SlowQueries;

internal sealed class SlowQueriesBehaviour : FaultBehaviour
{
}
