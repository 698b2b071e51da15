using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Model;

/// <summary>Replication roles and failover bookkeeping of one database (shard).</summary>
internal sealed class DatabaseState
{
    public int Primary;
    public int Sync = -1;
    public List<int> Async = [];
    public List<int> Deposed = [];
    public long PrimaryDownSince = -1;
    public long SyncDownSince = -1;
    public long LostWrites;
    public long Failovers;
    public string LastFailover = "";

    // Divergence and switchover: see CellState.Divergence.cs.
    public List<int> Diverged = [];
    public long DivergedWrites;
    public int StalePrimary = -1;
    public long StaleUntil = -1;
    public long WritePauseUntil = -1;

    // Set by faults each tick.
    public bool FailoverStuck;
    public double SlowFactor = 1;
    public bool WritesBlocked;
    public bool ReadsBlocked;

    public void ResetEffects()
    {
        FailoverStuck = false;
        SlowFactor = 1;
        WritesBlocked = false;
        ReadsBlocked = false;
    }

    public string RoleOf(int instance) =>
        instance == Primary ? "primary" : instance == Sync ? "sync" : Async.Contains(instance) ? "async" : Deposed.Contains(instance) ? "deposed" : Diverged.Contains(instance) ? "diverged" : "none";

    public void Write(SnapshotWriter writer)
    {
        writer.Write(Primary);
        writer.Write(Sync);
        writer.Write(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Async));
        writer.Write(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Deposed));
        writer.Write(PrimaryDownSince);
        writer.Write(SyncDownSince);
        writer.Write(LostWrites);
        writer.Write(Failovers);
        writer.Write(LastFailover);
        writer.Write(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Diverged));
        writer.Write(DivergedWrites);
        writer.Write(StalePrimary);
        writer.Write(StaleUntil);
        writer.Write(WritePauseUntil);
        writer.Write(FailoverStuck);
        writer.Write(SlowFactor);
        writer.Write(WritesBlocked);
        writer.Write(ReadsBlocked);
    }

    public static DatabaseState Read(SnapshotReader reader) => new()
    {
        Primary = reader.Int(),
        Sync = reader.Int(),
        Async = [.. reader.Ints()],
        Deposed = [.. reader.Ints()],
        PrimaryDownSince = reader.Long(),
        SyncDownSince = reader.Long(),
        LostWrites = reader.Long(),
        Failovers = reader.Long(),
        LastFailover = reader.String(),
        Diverged = [.. reader.Ints()],
        DivergedWrites = reader.Long(),
        StalePrimary = reader.Int(),
        StaleUntil = reader.Long(),
        WritePauseUntil = reader.Long(),
        FailoverStuck = reader.Bool(),
        SlowFactor = reader.Double(),
        WritesBlocked = reader.Bool(),
        ReadsBlocked = reader.Bool(),
    };
}
