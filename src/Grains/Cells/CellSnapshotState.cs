namespace PracticePlatform.Grains.Cells;

/// <summary>
/// A cell's latest simulator snapshot, persisted apart from <see cref="CellState"/> (its own state name) so that the
/// frequent small saves of the action log do not rewrite it, and it is rewritten only every
/// <see cref="CellGrain.SnapshotEverySeconds"/> simulated seconds. Only a shortcut: <see cref="CellState"/>'s action
/// log stays the source of truth, and a snapshot that does not fit it is ignored.
/// </summary>
public sealed class CellSnapshotState
{
    /// <summary>The bytes of a <see cref="Simulation.Snapshots.CellSnapshot"/>; null before the first one.</summary>
    public byte[]? Bytes { get; set; }

    /// <summary>The simulated second the snapshot was taken at.</summary>
    public long Second { get; set; }

    /// <summary>How many actions of the log it holds.</summary>
    public int ActionCount { get; set; }
}
