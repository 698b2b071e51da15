namespace PracticePlatform.Simulation.Model;

internal sealed partial class CellState
{
    /// <summary>
    /// How long clients keep writing to an old primary that is still running after a promotion: they learn of the
    /// new primary only when their next topology watch fires.
    /// </summary>
    private const long StaleClientSeconds = 5;

    /// <summary>
    /// Retires the old primary of a promotion. It held every write the new primary had not replayed, and if it is
    /// still running, clients that have not heard of the promotion go on writing to it: its timeline has forked
    /// from the new primary's, so it must not follow it until rebuilt (which discards those writes). An old
    /// primary that held nothing extra is only deposed, as Manatee says, and waits for a rebuild too.
    /// </summary>
    private void Depose(int database, int old, int peer, double writeRate)
    {
        var db = Databases[database];
        var newPrimaryLag = Instances[peer].Lag;
        // An old primary whose writes were blocked (its synchronous replica out of reach) acknowledged nothing extra.
        var serving = IsUp(old) && !db.WritesBlocked;
        if (newPrimaryLag <= 0.5 && !serving)
        {
            db.Deposed.Add(old);
            return;
        }

        db.Diverged.Add(old);
        db.DivergedWrites += (long)Math.Round(newPrimaryLag * writeRate);
        if (serving)
        {
            db.StalePrimary = old;
            db.StaleUntil = Now + StaleClientSeconds;
        }

        AddEvent(old, "error", $"timeline diverged from the new primary {Topology.InstanceIds[peer]}: holds writes it never got; will not replicate until rebuilt");
    }

    /// <summary>Writes acknowledged by a deposed primary that clients still address are lost with its timeline.</summary>
    private void TakeStaleWrites(int database)
    {
        var db = Databases[database];
        if (db.StalePrimary < 0)
        {
            return;
        }

        if (Now >= db.StaleUntil || !IsUp(db.StalePrimary) || !db.Diverged.Contains(db.StalePrimary))
        {
            db.StalePrimary = -1;
            return;
        }

        var lost = (long)Math.Round(WriteRate(database));
        db.LostWrites += lost;
        db.DivergedWrites += lost;
    }

    /// <summary>A rebuild discards what a diverged peer held; the shard's count of such writes ends with the last one.</summary>
    private static void ForgetDivergence(DatabaseState db, int peer)
    {
        db.Diverged.Remove(peer);
        if (db.StalePrimary == peer)
        {
            db.StalePrimary = -1;
        }

        if (db.Diverged.Count == 0)
        {
            db.DivergedWrites = 0;
        }
    }

    /// <summary>The first peer of the database that is not running or not part of replication, or -1 when none.</summary>
    public int NotReplicating(int database)
    {
        var db = Databases[database];
        foreach (var i in Topology.ServiceInstances[Topology.DatabaseService[database]])
        {
            if (!IsUp(i) || (i != db.Primary && i != db.Sync && !db.Async.Contains(i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Peers out of replication miss every write the primary takes; promoting one back loses them.</summary>
    private void AgeRetiredPeers(DatabaseState db)
    {
        if (db.Primary < 0 || !IsUp(db.Primary))
        {
            return;
        }

        foreach (var peer in db.Deposed)
        {
            Instances[peer].Lag += 1;
        }

        foreach (var peer in db.Diverged)
        {
            Instances[peer].Lag += 1;
        }
    }
}
