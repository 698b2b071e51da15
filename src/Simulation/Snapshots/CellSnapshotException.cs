namespace PracticePlatform.Simulation.Snapshots;

/// <summary>
/// A snapshot was refused: corrupt, truncated, of another format version, for another scenario (id or version) or
/// seed, or not a prefix of the action log it is asked to continue. The caller falls back to a full replay.
/// </summary>
public sealed class CellSnapshotException : Exception
{
    public CellSnapshotException()
    {
    }

    public CellSnapshotException(string message)
        : base(message)
    {
    }

    public CellSnapshotException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
