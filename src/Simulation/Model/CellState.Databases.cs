using System.Globalization;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Model;

internal sealed partial class CellState
{
    private void UpdateDatabases()
    {
        for (var d = 0; d < Databases.Length; d++)
        {
            var db = Databases[d];
            TakeStaleWrites(d);
            var failoverAfter = (long)Topology.Databases[d].FailoverAfter.TotalSeconds + ElectionDelaySeconds();
            var primaryUp = db.Primary >= 0 && IsUp(db.Primary);
            if (primaryUp)
            {
                db.PrimaryDownSince = -1;
            }
            else
            {
                if (db.PrimaryDownSince < 0)
                {
                    db.PrimaryDownSince = Now;
                }

                if (Now - db.PrimaryDownSince >= failoverAfter && CoordinationQuorum && !db.FailoverStuck && db.Sync >= 0 && IsUp(db.Sync))
                {
                    Promote(d, db.Sync, "failover manager");
                    continue;
                }
            }

            if (db.Sync >= 0 && !IsUp(db.Sync))
            {
                if (db.SyncDownSince < 0)
                {
                    db.SyncDownSince = Now;
                }

                var replacement = FirstUp(db.Async);
                if (Now - db.SyncDownSince >= failoverAfter && CoordinationQuorum && replacement >= 0)
                {
                    db.Async.Remove(replacement);
                    db.Async.Add(db.Sync);
                    AddEvent(replacement, "warn", $"taking over as sync replica from {Topology.InstanceIds[db.Sync]}");
                    db.Sync = replacement;
                    db.SyncDownSince = -1;
                }
            }
            else
            {
                db.SyncDownSince = -1;
            }

            AgeRetiredPeers(db);
            primaryUp = db.Primary >= 0 && IsUp(db.Primary);
            UpdateLag(db.Sync, primaryUp, 0);
            foreach (var peer in db.Async)
            {
                UpdateLag(peer, primaryUp, AsyncLagSeconds);
            }
        }
    }

    /// <summary>Asynchronous replicas trail the primary by a little even when healthy.</summary>
    private const double AsyncLagSeconds = 1.5;

    private void UpdateLag(int peer, bool primaryUp, double floor)
    {
        if (peer < 0)
        {
            return;
        }

        ref var instance = ref Instances[peer];
        if (!primaryUp)
        {
            return;
        }

        instance.Lag = IsUp(peer)
            ? Math.Max(floor, instance.Lag + Effects[peer].ExtraLagPerSecond - 0.5)
            : instance.Lag + 1;
    }

    private int FirstUp(List<int> peers)
    {
        foreach (var peer in peers)
        {
            if (IsUp(peer))
            {
                return peer;
            }
        }

        return -1;
    }

    /// <summary>
    /// Makes <paramref name="peer"/> the primary. Writes the new primary had not replayed are lost: promoting a
    /// lagging replica by hand is one of the wrong moves a responder can make.
    /// </summary>
    public void Promote(int database, int peer, string by)
    {
        var db = Databases[database];
        var old = db.Primary;
        var writeRate = WriteRate(database);
        if (db.Diverged.Count == 1 && db.Diverged[0] == peer && db.DivergedWrites > 0)
        {
            // The diverged fork becomes the live data again: the writes only it held, counted lost when it was
            // deposed, are back; what the other fork took since (its lag) is what is lost now.
            db.LostWrites = Math.Max(0, db.LostWrites - db.DivergedWrites);
            AddEvent(peer, "info", string.Create(CultureInfo.InvariantCulture, $"promoted back with its diverged timeline: its ~{db.DivergedWrites} writes are live again"));
            db.DivergedWrites = 0;
        }

        db.LostWrites += (long)Math.Round(Instances[peer].Lag * writeRate);
        if (Instances[peer].Lag > 0.5)
        {
            AddEvent(peer, "error", $"promoted with {Instances[peer].Lag:0.0}s of replication lag: recent writes are lost");
        }

        db.Async.Remove(peer);
        db.Deposed.Remove(peer);
        db.Diverged.Remove(peer);
        if (db.Sync == peer)
        {
            db.Sync = -1;
        }

        if (old >= 0 && old != peer)
        {
            Depose(database, old, peer, writeRate);
        }

        db.Primary = peer;
        Instances[peer].Lag = 0;
        if (db.Sync < 0)
        {
            var next = FirstUp(db.Async);
            if (next >= 0)
            {
                db.Async.Remove(next);
                db.Sync = next;
            }
        }

        db.PrimaryDownSince = -1;
        db.Failovers++;
        db.LastFailover = $"{Topology.InstanceIds[peer]} promoted by {by} at {Now}s";
        AddEvent(peer, "warn", $"promoted to primary by {by}; {(old >= 0 ? Topology.InstanceIds[old] : "none")} deposed");
    }

    /// <summary>
    /// Rebuilds a deposed or lagging peer from the primary and adds it back: as the synchronous replica when the shard
    /// has none (a primary left alone after a failover gets its sync back this way), otherwise as an async replica.
    /// </summary>
    public bool Rebuild(int database, int peer)
    {
        var db = Databases[database];
        if (peer == db.Primary)
        {
            return false;
        }

        db.Deposed.Remove(peer);
        ForgetDivergence(db, peer);
        if (db.Sync < 0)
        {
            db.Async.Remove(peer);
            db.Sync = peer;
            db.SyncDownSince = -1;
        }
        else if (peer != db.Sync && !db.Async.Contains(peer))
        {
            db.Async.Add(peer);
        }

        Instances[peer].Lag = 0;
        if (Instances[peer].Process != Cells.ProcessState.Online)
        {
            Restart(peer);
        }

        AddEvent(peer, "info", "rebuilt from primary; replicating");
        return true;
    }

    private void ApplyDatabase(int database, ref HopOutcome read, ref HopOutcome write)
    {
        var db = Databases[database];
        var spec = Topology.Services[Topology.DatabaseService[database]];
        var timeoutMs = spec.Timeout.TotalMilliseconds;
        var replicaReads = Topology.Databases[database].Reads == Scenarios.DatabaseReads.Replicas && ReadFromReplicas(database, ref read);
        if (db.Primary < 0 || !IsUp(db.Primary))
        {
            if (!replicaReads)
            {
                Combine(ref read, 1, FailureReason.Unavailable);
            }

            Combine(ref write, 1, FailureReason.Unavailable);
            return;
        }

        PauseWrites(db, ref write);

        if (db.ReadsBlocked && !replicaReads)
        {
            read.LatencyMs = read.TailMs = timeoutMs;
            Combine(ref read, 0.9, FailureReason.Timeout);
        }

        if (db.WritesBlocked || (db.Sync >= 0 && !IsUp(db.Sync)))
        {
            // Commits wait on a lock or on a synchronous replica that is gone.
            write.LatencyMs = write.TailMs = timeoutMs;
            Combine(ref write, 1, FailureReason.Timeout);
        }
        else if (db.Sync >= 0 && Instances[db.Sync].Lag > 0)
        {
            var wait = Math.Min(timeoutMs, Instances[db.Sync].Lag * 250);
            write.LatencyMs += wait;
            write.TailMs += wait * 2;
            if (write.TailMs >= timeoutMs)
            {
                Combine(ref write, Math.Min(1, wait / timeoutMs), FailureReason.Timeout);
            }
        }
    }
}
