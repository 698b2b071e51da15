using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Tools;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// Traffic that changes shape: a request type with a <see cref="TrafficShape"/> follows a daily curve on the tools'
/// clock and scheduled surges. Derived from the scenario and the simulated time alone, so nothing is stored in a
/// snapshot; a flat request type costs one null check a second.
/// </summary>
internal sealed partial class CellState
{
    private static readonly double EpochTimeOfDay = SimulatedClock.Epoch.TimeOfDay.TotalSeconds;

    /// <summary>The request type's rate this second.</summary>
    private double ShapedRate(RequestTypeSpec spec) =>
        spec.Shape is { } shape ? spec.Rate * shape.Factor(EpochTimeOfDay + Now, Now) : spec.Rate;

    /// <summary>Writes per second the database's request types send this second: at a daily peak or in a surge, more writes are at stake.</summary>
    public double WriteRate(int database)
    {
        var rate = 0.0;
        foreach (var r in Topology.DatabaseWriteTypes[database])
        {
            rate += ShapedRate(Topology.RequestTypes[r]);
        }

        return rate;
    }
}
