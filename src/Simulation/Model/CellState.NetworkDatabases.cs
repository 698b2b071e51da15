namespace PracticePlatform.Simulation.Model;

/// <summary>What a link cut does to replicated databases: replication across it stops, the quorum's side fails over.</summary>
internal sealed partial class CellState
{
    /// <summary>
    /// A synchronous replica cut off from its primary cannot acknowledge commits, so the primary's writes block (this
    /// is what keeps synchronous replication from diverging); an asynchronous one simply falls behind by a second a second.
    /// </summary>
    private void StopReplicationAcross(int bits)
    {
        for (var d = 0; d < Databases.Length; d++)
        {
            var db = Databases[d];
            var p = db.Primary;
            if (p < 0 || (_linkMask[p] & bits) == 0)
            {
                continue;
            }

            // Only this cut: with several cuts each would otherwise add the lag again.
            if (db.Sync >= 0 && LinkCutBy(p, db.Sync, bits))
            {
                db.WritesBlocked = true;
                continue;
            }

            foreach (var peer in db.Async)
            {
                if (LinkCutBy(p, peer, bits))
                {
                    // UpdateLag takes half a second of catching up off every second: net, one second behind per second.
                    Effects[peer].ExtraLagPerSecond += 1.5;
                }
            }
        }
    }

    /// <summary>
    /// After the failover manager's own pass: a primary cut off from the side holding the coordination quorum looks
    /// dead to it, so after <c>failover_after</c> it promotes a reachable peer. If the old primary can still commit
    /// (no synchronous replica across the cut), it keeps taking writes from its own side: split brain, until the cut
    /// heals and it finds a newer timeline.
    /// </summary>
    private void UpdateLinkDatabases()
    {
        for (var d = 0; d < Databases.Length; d++)
        {
            var db = Databases[d];
            var old = _splitBrain[d];
            if (old >= 0 && (old == db.Primary || (!db.Deposed.Contains(old) && !db.Diverged.Contains(old))))
            {
                // Rebuilt from the new primary, or promoted back (Promote counted its lag as lost writes).
                _splitBrain[d] = -1;
                _splitHealed[d] = false;
            }
            else if (old >= 0)
            {
                // On its own timeline it never replays the new primary's writes (AgeRetiredPeers puts it a second
                // further behind every second).
                if (!_splitHealed[d] && (db.Primary < 0 || !LinkCut(old, db.Primary)))
                {
                    _splitHealed[d] = true;
                    AddEvent(old, "error", $"rejoined and found a newer primary ({(db.Primary >= 0 ? Topology.InstanceIds[db.Primary] : "none")}): writes taken since the split diverged and are lost; rebuild this peer");
                }
            }

            var p = db.Primary;
            if (_linkCuts == 0 || p < 0 || !IsUp(p) || db.FailoverStuck || !CoordinationQuorum)
            {
                continue;
            }

            // A slow coordination service slows the failover manager's decision here as on any failover.
            var failoverAfter = (long)Topology.Databases[d].FailoverAfter.TotalSeconds + ElectionDelaySeconds();
            for (var k = 0; k < _linkCuts; k++)
            {
                var quorum = QuorumSide(k);
                var cutOff = quorum == 0 ? 0 : (quorum & SideABits) != 0 ? quorum << 1 : (int)((uint)quorum >> 1);
                if ((_linkMask[p] & cutOff) == 0 || Now - _linkSince[k] < failoverAfter)
                {
                    continue;
                }

                var candidate = db.Sync >= 0 && IsUp(db.Sync) && (_linkMask[db.Sync] & cutOff) == 0 ? db.Sync : -1;
                foreach (var peer in db.Async)
                {
                    candidate = candidate < 0 && IsUp(peer) && (_linkMask[peer] & cutOff) == 0 ? peer : candidate;
                }

                if (candidate < 0)
                {
                    continue;
                }

                var canCommit = db.Sync < 0 || !LinkCut(p, db.Sync);
                Promote(d, candidate, "failover manager (old primary cut off from the coordination quorum)");
                if (canCommit)
                {
                    // Its own side's writes are counted as lost while the cut lasts (ApplyNetwork), not as the few
                    // seconds of stale clients a promotion elsewhere leaves.
                    db.StalePrimary = -1;
                    _splitBrain[d] = p;
                    AddEvent(p, "error", "cut off from the coordination quorum but still primary for its own side: taking writes (split brain)");
                }

                break;
            }
        }
    }

    /// <summary>The side bit of cut <paramref name="k"/> holding a majority of the coordination service (members on neither side count for both), or 0.</summary>
    private int QuorumSide(int k)
    {
        var zk = Topology.CoordinationService;
        if (zk < 0)
        {
            // No coordination service: nothing can tell a cut from a crash, so nothing fails over on a cut.
            return 0;
        }

        var a = 1 << (2 * k);
        var b = a << 1;
        int onA = 0, onB = 0, neither = 0;
        var members = Topology.ServiceInstances[zk];
        foreach (var i in members)
        {
            if (!IsUp(i))
            {
                continue;
            }

            onA += (_linkMask[i] & a) != 0 ? 1 : 0;
            onB += (_linkMask[i] & b) != 0 ? 1 : 0;
            neither += (_linkMask[i] & (a | b)) == 0 ? 1 : 0;
        }

        return (onA + neither) * 2 > members.Length && onA > onB ? a
            : (onB + neither) * 2 > members.Length && onB > onA ? b
            : 0;
    }
}
