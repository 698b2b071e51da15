using Orleans.Configuration;

namespace PracticePlatform.Silo.Hosting;

/// <summary>
/// How fast the cluster declares a silo dead. A practice session is people waiting at a terminal: a silo killed
/// outright (OOM, node lost) must hand its sessions to survivors within seconds, where Orleans's defaults (10 s
/// probes, 3 misses, 2 votes, 60 s table refresh) take about 16 s here. Each silo probes its neighbours every
/// second; two missed probes and one vote declare the silo dead, and silos re-read the membership table every 2 s
/// so the declaration spreads at once. The price is sensitivity: a silo frozen for over 2 s (a long GC pause, a
/// starved VM) is declared dead and restarts. Operators on slow or shared machines raise <c>ProbeTimeout</c> and
/// <c>NumMissedProbesLimit</c> under <c>Practice:Cluster</c> (any <see cref="ClusterMembershipOptions"/> property).
/// </summary>
public static class FailureDetection
{
    public static void Apply(ClusterMembershipOptions membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        membership.ProbeTimeout = TimeSpan.FromSeconds(1);
        membership.NumMissedProbesLimit = 2;
        membership.NumVotesForDeathDeclaration = 1;
        membership.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        membership.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(30);
    }
}
