namespace PracticePlatform.Simulation.Model;

/// <summary>
/// Monitoring is a system too: when a service it depends on (<c>monitoring: depends_on</c>) has fewer than half of
/// its instances up or fails most of what it is asked, the cell's monitoring is blind: alarms keep the state they
/// had, metrics answer "no data" and the charts end at the second it went blind (<see cref="MonitoringBlindSince"/>).
/// </summary>
internal sealed partial class CellState
{
    /// <summary>The second monitoring went blind, or -1 while it sees; kept so the charts can end where it went blind.</summary>
    public long MonitoringBlindSince { get; private set; } = -1;

    private void UpdateMonitoring()
    {
        if (Topology.MonitoringServices.Length == 0)
        {
            return;
        }

        var blind = MonitoringDownBecause() is not null;
        if (!blind)
        {
            MonitoringBlindSince = -1;
        }
        else if (MonitoringBlindSince < 0)
        {
            MonitoringBlindSince = Now;
        }
    }

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
