using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Grains.Cells;

/// <summary>
/// A cell's persisted state, and the source of truth: the simulator is rebuilt from the scenario, the seed and the
/// ordered action log up to <see cref="Second"/>, which is why every action is written before it is answered. The
/// periodic simulator snapshot (<see cref="CellSnapshotState"/>) is kept apart and only shortens that rebuild.
/// </summary>
public sealed class CellState
{
    public string ScenarioId { get; set; } = "";

    public ulong Seed { get; set; }

    /// <summary>Whether the instigators inject the scenario's faults by hand (<see cref="Simulation.Scenarios.InjectsByHand"/>) instead of its script.</summary>
    public bool InjectsByHand { get; set; }

    public List<CellAction> Actions { get; set; } = [];

    /// <summary>The simulated second when this state was written.</summary>
    public long Second { get; set; }

    /// <summary>The digest when this state was written, to check the replay.</summary>
    public string? Digest { get; set; }

    /// <summary>When the pace was last set, and the second the cell was at then.</summary>
    public DateTimeOffset AnchorWall { get; set; }

    /// <summary>The cell's second at <see cref="AnchorWall"/>.</summary>
    public long AnchorSecond { get; set; }

    /// <summary>The pace: 0 frozen, 1 live.</summary>
    public double Speed { get; set; }
}
