using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Randomness;

namespace PracticePlatform.Simulation.Model;

internal sealed partial class CellState
{
    private readonly double[] _reasonWeights = new double[FailureReasons.Count];
    private readonly double[] _downstreamSum = [];
    private readonly double[] _downstreamWeight = [];
    private readonly double[] _downstreamFailSum = [];
    private readonly double[] _downstreamReasons = [];
    private readonly double[] _queueStuck = [];
    private readonly double[] _queueDrain = [];

    /// <summary>Messages waiting in each queue service (0 for other services).</summary>
    public double[] QueueBacklog { get; } = [];

    private void UpdateQueues()
    {
        for (var s = 0; s < QueueBacklog.Length; s++)
        {
            var max = Topology.QueueMaxDepth[s];
            if (max == 0)
            {
                continue;
            }

            QueueBacklog[s] = Math.Clamp(QueueBacklog[s] + _queueStuck[s] - _queueDrain[s], 0, max);
            var members = Topology.ServiceInstances[s];
            foreach (var i in members)
            {
                Instances[i].QueueDepth = QueueBacklog[s] / members.Length;
            }
        }

        Array.Clear(_queueStuck);
        Array.Clear(_queueDrain);
    }

    /// <summary>
    /// What users of request type <paramref name="r"/> saw this second: the share of attempts failing along the path
    /// (or by exceeding the client timeout), the share of requests failing after every retry, and latency.
    /// </summary>
    private void ComputeOutcome(int r)
    {
        var topology = Topology;
        var spec = topology.RequestTypes[r];
        var state = RequestTypes[r];
        var path = topology.Paths[r];
        var weights = _reasonWeights;
        Array.Clear(weights);
        double reach = 1, ok = 1, latency = 0, tail = 0;
        Span<double> reachAt = stackalloc double[path.Length];
        var last = path.Length - 1;
        for (var k = 0; k < path.Length; k++)
        {
            reachAt[k] = reach;
            var s = path[k];
            var hop = spec.Write ? ServiceWrite[s] : ServiceRead[s];
            var fail = hop.FailShare;
            var reason = hop.Reason;
            if (topology.QueueMaxDepth[s] > 0 && QueueBacklog[s] >= topology.QueueMaxDepth[s])
            {
                // Backpressure: a full queue rejects new messages.
                (fail, reason) = (1, FailureReason.Overload);
            }

            var lost = reach * ok * fail;
            weights[(int)reason] += lost;
            ok -= lost;
            latency += reach * hop.LatencyMs;
            tail += reach * hop.TailMs;
            if (topology.QueueMaxDepth[s] > 0)
            {
                // Enqueued: the rest of the path runs asynchronously; what consumers fail to process stays queued.
                var consumed = 1.0;
                for (var j = k + 1; j < path.Length; j++)
                {
                    consumed *= 1 - (spec.Write ? ServiceWrite[path[j]] : ServiceRead[path[j]]).FailShare;
                }

                var enqueued = state.Load * reach * ok;
                _queueStuck[s] += enqueued * (1 - consumed);

                // Healthy consumers have headroom: they drain a backlog at half the nominal arrival rate.
                _queueDrain[s] += spec.Rate * reach * consumed * 0.5;
                last = k;
                break;
            }

            reach *= 1 - _hitRatio[s];
        }

        // What each hop waits on further down the path, weighted by the traffic reaching it: connections are held
        // for that long (Little's law), which is how slowness downstream exhausts pools upstream.
        // The same walk gives the share of requests each hop passed on that failed further down (and why): an
        // API whose database times out answers its callers with errors, and its logs and metrics say so.
        var remaining = 0.0;
        var failAfter = 0.0;
        var reasonAfter = FailureReason.ServerError;
        for (var k = last; k >= 0; k--)
        {
            var s = path[k];
            var hop = spec.Write ? ServiceWrite[s] : ServiceRead[s];
            var weight = state.Load * reachAt[k];
            _downstreamSum[s] += weight * remaining;
            _downstreamWeight[s] += weight;
            _downstreamFailSum[s] += weight * failAfter;
            _downstreamReasons[(s * FailureReasons.Count) + (int)reasonAfter] += weight * failAfter;
            var hit = _hitRatio[s];
            remaining = (remaining * (1 - hit)) + hop.LatencyMs;
            failAfter *= 1 - hit;
            if (hop.FailShare >= failAfter)
            {
                reasonAfter = hop.Reason;
            }

            failAfter = 1 - ((1 - failAfter) * (1 - hop.FailShare));
        }

        var timeoutMs = spec.Timeout.TotalMilliseconds;
        var meanLatency = Math.Max(latency, 0.1);
        // Queueing delay is shared by everyone in the queue: once the typical call takes as long as the client's
        // timeout, nearly every attempt times out (and, with retries, comes straight back).
        var typical = Math.Max(meanLatency, tail / 4);
        var timedOut = ok * (typical >= timeoutMs ? 1 : ExactMath.ExpNegative(-(timeoutMs - typical) / Math.Max(typical * 0.5, 1)));
        weights[(int)FailureReason.Timeout] += timedOut;
        ok -= timedOut;
        var attemptFail = Math.Clamp(1 - ok, 0, 1);
        state.AttemptFailShare = attemptFail;
        var retries = state.RetriesOverride >= 0 ? state.RetriesOverride : spec.Retries;
        var userFail = ExactMath.Power(attemptFail, retries + 1);

        var attempted = state.Attempted;
        var expected = attempted * userFail;
        var noisy = expected + (Math.Sqrt(expected * (1 - userFail)) * TrafficRandom.NextGaussian());
        var failed = Math.Clamp((long)Math.Round(noisy), 0, attempted);
        state.Failed = failed;
        Array.Clear(state.FailedByReason);
        if (failed > 0)
        {
            var total = 0.0;
            foreach (var w in weights)
            {
                total += w;
            }

            long assigned = 0;
            var largest = 0;
            for (var k = 0; k < weights.Length; k++)
            {
                var part = total > 0 ? (long)Math.Floor(failed * weights[k] / total) : 0;
                state.FailedByReason[k] = part;
                assigned += part;
                largest = weights[k] > weights[largest] ? k : largest;
            }

            state.FailedByReason[largest] += failed - assigned;
        }

        var jitter = 1 + (0.04 * TrafficRandom.NextGaussian());
        state.P50 = Math.Min(timeoutMs, meanLatency * 0.7 * jitter);
        state.P95 = Math.Min(timeoutMs, Math.Max(meanLatency * 2.2, (meanLatency + tail) / 2) * jitter);
        state.P99 = Math.Min(timeoutMs, Math.Max(meanLatency * 3.8, tail * 1.3) * jitter);
        var share = attempted > 0 ? failed / (double)attempted : 0;
        state.SmoothedFailShare += (share - state.SmoothedFailShare) / 30;
        state.SmoothedP99 += (state.P99 - state.SmoothedP99) / 30;
    }
}
