using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// What the network does to a call into a service. The model is flow-based, so who calls whom is approximated by
/// shares: a service's callers are the instances of the services before it on some path, weighted by the requests
/// they handled (request types entering the cell at the service come from outside, through an edge that reaches
/// every datacenter, so they pay no round trip and no cut); its receivers are its own instances, weighted by the
/// load each took this second. A call from caller c to receiver r pays rtt(dc(c), dc(r)) and times out if a cut
/// separates them; callers and receivers pair independently (a balancer does not look where its caller is), so the
/// service's extra latency is the weighted mean of the round trips and its cut share the weight of separated pairs.
/// </summary>
internal sealed partial class CellState
{
    private void ApplyNetwork(int s, ref HopOutcome read, ref HopOutcome write)
    {
        if (_linkCuts == 0 && !Topology.HasRtt)
        {
            return;
        }

        var topology = Topology;
        Span<double> callerSide = stackalloc double[2 * MaxLinkCuts];
        Span<double> receiverSide = stackalloc double[2 * MaxLinkCuts];
        callerSide.Clear();
        receiverSide.Clear();
        Array.Clear(_callerDc);
        Array.Clear(_receiverDc);
        var bits = 2 * _linkCuts;
        var received = 0.0;
        foreach (var i in topology.ServiceInstances[s])
        {
            var load = Instances[i].Rps;
            received += load;
            _receiverDc[topology.HostDatacenter[topology.InstanceHost[i]]] += load;
            AddSides(receiverSide, _linkMask[i], bits, load);
        }

        var calling = 0.0;
        foreach (var r in topology.EntryRequestTypes[s])
        {
            calling += RequestTypes[r].Load;
        }

        var database = topology.ServiceDatabase[s];
        var primary = database >= 0 ? Databases[database].Primary : -1;
        var old = database >= 0 ? _splitBrain[database] : -1;
        double cutOff = 0, diverged = 0;
        foreach (var u in topology.CallerServices[s])
        {
            foreach (var j in topology.ServiceInstances[u])
            {
                var weight = Instances[j].Rps * (1 - Instances[j].ErrorShare);
                if (weight <= 0)
                {
                    continue;
                }

                calling += weight;
                _callerDc[topology.HostDatacenter[topology.InstanceHost[j]]] += weight;
                AddSides(callerSide, _linkMask[j], bits, weight);
                if (primary >= 0 && _linkCuts > 0 && LinkCut(j, primary))
                {
                    // A database has one receiver, the primary; in a split brain the old one answers its own side.
                    if (old >= 0 && IsUp(old) && !LinkCut(j, old))
                    {
                        diverged += weight;
                    }
                    else
                    {
                        cutOff += weight;
                    }
                }
            }
        }

        if (received <= 0 || calling <= 0)
        {
            return;
        }

        var cut = 0.0;
        var (extra, worst) = topology.HasRtt ? RoundTrip(calling, received) : (0, 0);
        if (primary >= 0)
        {
            cut = cutOff / calling;
            if (diverged > 0)
            {
                // The old primary answers its side as it did before the split, whatever holds the new one back.
                // Its writes are on a fork: lost to the live data unless that fork is the one promoted back.
                var share = diverged / calling;
                var forked = (long)Math.Round(WriteRate(database) * share);
                Databases[database].LostWrites += forked;
                Databases[database].DivergedWrites += forked;
                var baseMs = topology.Services[s].BaseLatencyMs;
                SplitBrainServes(ref read, share, baseMs);
                SplitBrainServes(ref write, share, baseMs);

                // Those callers reach the old primary on their own side: no round trip to the new one.
                extra *= 1 - share;
            }
        }
        else
        {
            for (var k = 0; k < bits; k += 2)
            {
                var separated = ((callerSide[k] * receiverSide[k + 1]) + (callerSide[k + 1] * receiverSide[k])) / (calling * received);
                cut = 1 - ((1 - cut) * (1 - separated));
            }
        }

        var timeoutMs = topology.Services[s].Timeout.TotalMilliseconds;
        AddNetwork(ref read, extra, worst, cut, timeoutMs);
        AddNetwork(ref write, extra, worst, cut, timeoutMs);
    }

    private static void SplitBrainServes(ref HopOutcome hop, double share, double baseMs)
    {
        hop.FailShare *= 1 - share;
        hop.LatencyMs = (hop.LatencyMs * (1 - share)) + (baseMs * share);
        hop.TailMs = share > 0.99 ? Math.Max(hop.LatencyMs, baseMs * 4) : hop.TailMs;
    }

    private static void AddSides(Span<double> sides, int mask, int bits, double weight)
    {
        for (var b = 0; b < bits && mask != 0; b++)
        {
            sides[b] += (mask >> b & 1) * weight;
        }
    }

    /// <summary>The mean round trip a call pays, and the longest one that at least 1 % of calls pay (the tail).</summary>
    private (double Mean, double Worst) RoundTrip(double calling, double received)
    {
        var n = _callerDc.Length;
        double sum = 0, worst = 0;
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                var rtt = Topology.DatacenterRttMs[(a * n) + b];
                var pair = _callerDc[a] * _receiverDc[b] / (calling * received);
                sum += pair * rtt;
                worst = pair >= 0.01 && rtt > worst ? rtt : worst;
            }
        }

        return (sum, worst);
    }

    /// <summary>Calls across a cut wait for the whole timeout and fail; every call pays its round trip.</summary>
    private static void AddNetwork(ref HopOutcome hop, double extra, double worst, double cut, double timeoutMs)
    {
        hop.LatencyMs += extra;
        hop.TailMs += worst;
        if (cut > 0)
        {
            hop.LatencyMs = (hop.LatencyMs * (1 - cut)) + (timeoutMs * cut);
            hop.TailMs = cut >= 0.01 ? timeoutMs : hop.TailMs;
            Combine(ref hop, cut, FailureReason.Timeout);
        }
    }
}
