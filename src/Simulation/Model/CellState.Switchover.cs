using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Model;

internal sealed partial class CellState
{
    /// <summary>Seconds writes fail while the old primary is demoted and clients move to the new one.</summary>
    public const long SwitchoverPauseSeconds = 3;

    /// <summary>
    /// A planned handover: the caught-up synchronous peer becomes the primary and the old primary follows it as the
    /// new sync. Unlike a failover nothing is lost, because the sync acknowledged every committed write; the price
    /// is a short write pause. Returns why it cannot be done, or null when done.
    /// </summary>
    public string? Switchover(int database, int peer)
    {
        var db = Databases[database];
        var ids = Topology.InstanceIds;
        if (db.Primary < 0 || !IsUp(db.Primary))
        {
            return "the primary is not running, so there is nothing to hand over; fail over instead (db promote <sync peer>)";
        }

        if (db.Sync < 0)
        {
            return "the shard has no synchronous peer, and only a sync is guaranteed to hold every acknowledged write";
        }

        if (peer >= 0 && peer != db.Sync)
        {
            return $"{ids[peer]} is not the synchronous peer; only {ids[db.Sync]} holds every acknowledged write";
        }

        if (!IsUp(db.Sync))
        {
            return $"the synchronous peer {ids[db.Sync]} is not running";
        }

        if (Instances[db.Sync].Lag > 0.5)
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the synchronous peer {ids[db.Sync]} is {Instances[db.Sync].Lag:0.0}s behind; wait until it has caught up (or rebuild it)");
        }

        var old = db.Primary;
        var next = db.Sync;
        db.Primary = next;
        db.Sync = old;
        Instances[next].Lag = 0;
        Instances[old].Lag = 0;
        db.PrimaryDownSince = -1;
        db.SyncDownSince = -1;
        db.Failovers++;
        db.LastFailover = $"{ids[next]} took over from {ids[old]} by planned switchover at {Now}s";
        db.WritePauseUntil = Now + SwitchoverPauseSeconds;
        AddEvent(next, "warn", $"switchover: promoted to primary; {ids[old]} demoted and following as sync");
        return null;
    }

    /// <summary>During a switchover's pause the demoted primary is read-only and the new one not yet addressed.</summary>
    private void PauseWrites(DatabaseState db, ref HopOutcome write)
    {
        if (Now < db.WritePauseUntil)
        {
            Combine(ref write, 1, FailureReason.Unavailable);
        }
    }
}
