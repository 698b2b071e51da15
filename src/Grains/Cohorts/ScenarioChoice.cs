using System.Collections.Immutable;

namespace PracticePlatform.Grains.Cohorts;

/// <summary>
/// Which scenario of a schedule's pool an occurrence plays: the one the most members have not played yet (in any
/// role, the rule that keeps a person from responding to a scenario twice), ties going to the earliest in the pool,
/// so the choice is the same on every run. A pool every member has played picks its first scenario again, and they
/// all observe it (or are left out, as the roster rules say).
/// </summary>
public static class ScenarioChoice
{
    public static string Pick(ImmutableArray<string> pool, IReadOnlyCollection<IReadOnlySet<string>> playedByMember)
    {
        var best = pool[0];
        var bestCount = -1;
        foreach (var scenario in pool)
        {
            var notPlayed = playedByMember.Count(played => !played.Contains(scenario));
            if (notPlayed > bestCount)
            {
                (best, bestCount) = (scenario, notPlayed);
            }
        }
        return best;
    }
}
