namespace PracticePlatform.Simulation.Model;

/// <summary>
/// Monitoring is a system too: when a service it depends on (<c>monitoring: depends_on</c>) has fewer than half of
/// its instances up or fails most of what it is asked, the cell's monitoring is blind: alarms keep the state they
/// had and metrics answer "no data". Derived from the cell's state each time, so nothing is stored.
/// </summary>
internal sealed partial class CellState
{
    /// <summary>The monitoring dependency that is down, or null when monitoring works.</summary>
    public string? MonitoringDownBecause()
    {
        foreach (var s in Topology.MonitoringServices)
        {
            var members = Topology.ServiceInstances[s];
            var up = 0;
            foreach (var i in members)
            {
                up += IsUp(i) ? 1 : 0;
            }

            if (up * 2 < members.Length || ServicePassShare[s] < 0.5)
            {
                return Topology.Services[s].Id;
            }
        }

        return null;
    }
}
