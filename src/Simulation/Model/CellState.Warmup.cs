using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// Recovery is not instant: a restarted instance of a service with a <c>warmup</c> starts cold (JIT, connection
/// pools, local caches) at <see cref="ColdCapacity"/> of its capacity and reaches full capacity over the warm-up; a
/// restarted cache instance starts empty and its hit ratio grows back over it, so everything behind the cache takes
/// the misses. A fleet restarted at once is a herd: all cold together, while the retries of the outage still come.
/// Derived from each instance's state and the time it came online, so nothing new is stored in a snapshot.
/// </summary>
internal sealed partial class CellState
{
    /// <summary>The share of its capacity a just-restarted instance serves.</summary>
    private const double ColdCapacity = 0.3;

    private double[] _hitRatio = [];

    /// <summary>0 just after the instance came online, 1 once its service's warm-up has passed (or it has none).</summary>
    private double Warmth(int i, ServiceSpec spec)
    {
        ref var instance = ref Instances[i];
        var warmup = spec.Warmup.TotalSeconds;
        if (warmup <= 0 || instance.Process != ProcessState.Online || instance.StateSince <= 0)
        {
            return 1;
        }

        return Math.Min(1, (Now - instance.StateSince) / warmup);
    }

    /// <summary>Each cache service's hit ratio this second: its configured ratio times how warm its online instances are.</summary>
    private void UpdateHitRatios()
    {
        var topology = Topology;
        if (_hitRatio.Length != topology.Services.Length)
        {
            _hitRatio = (double[])topology.CacheHitRatio.Clone();
        }

        for (var s = 0; s < _hitRatio.Length; s++)
        {
            var configured = topology.CacheHitRatio[s];
            var spec = topology.Services[s];
            if (configured <= 0 || spec.Warmup <= TimeSpan.Zero)
            {
                continue;
            }

            double warmth = 0;
            var online = 0;
            foreach (var i in topology.ServiceInstances[s])
            {
                if (Instances[i].Process == ProcessState.Online)
                {
                    warmth += Warmth(i, spec);
                    online++;
                }
            }

            _hitRatio[s] = online == 0 ? configured : configured * warmth / online;
        }
    }
}
