using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Model;

internal sealed partial class CellState
{
    /// <summary>Replication lag past which clients shun a replica for reads (a proxy's max-replication-lag).</summary>
    public const double MaxReadLagSeconds = 30;

    /// <summary>
    /// Spreads a database's reads over its replicating peers. A replica that is down fails its share (clients
    /// hold a fixed list of read endpoints); one lagging past <see cref="MaxReadLagSeconds"/> is shunned. Returns
    /// false, leaving reads on the primary, when no replica can serve.
    /// </summary>
    private bool ReadFromReplicas(int database, ref HopOutcome read)
    {
        var db = Databases[database];
        int listed = 0, serving = 0;
        var extraMs = 0.0;
        Tally(db.Sync, ref listed, ref serving, ref extraMs);
        foreach (var peer in db.Async)
        {
            Tally(peer, ref listed, ref serving, ref extraMs);
        }

        if (serving == 0)
        {
            return false;
        }

        var ms = Topology.Services[Topology.DatabaseService[database]].BaseLatencyMs + (extraMs / serving);
        read = new HopOutcome { LatencyMs = ms, TailMs = ms * 2, Reason = FailureReason.Unavailable };
        if (serving < listed)
        {
            Combine(ref read, (listed - serving) / (double)listed, FailureReason.Unavailable);
        }

        return true;
    }

    private void Tally(int peer, ref int listed, ref int serving, ref double extraMs)
    {
        if (peer < 0 || (IsUp(peer) && Instances[peer].Lag > MaxReadLagSeconds))
        {
            return;
        }

        listed++;
        if (IsUp(peer))
        {
            serving++;
            extraMs += Effects[peer].ExtraLatencyMs;
        }
    }

    /// <summary>How stale a replica read can be: the largest lag among replicas still serving reads (-1: none serve).</summary>
    public double ReadStalenessSeconds(int database)
    {
        var db = Databases[database];
        var worst = -1.0;
        if (db.Sync >= 0 && IsUp(db.Sync) && Instances[db.Sync].Lag <= MaxReadLagSeconds)
        {
            worst = Instances[db.Sync].Lag;
        }

        foreach (var peer in db.Async)
        {
            if (IsUp(peer) && Instances[peer].Lag <= MaxReadLagSeconds)
            {
                worst = Math.Max(worst, Instances[peer].Lag);
            }
        }

        return worst;
    }
}
