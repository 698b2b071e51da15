using System.Collections.Immutable;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Cohorts;

/// <summary>
/// The coverage matrix: every member against every scenario of the cohort's schedules' pools. Admins and people
/// allowed to instigate who await no debrief of their own see every column. Anyone else (members, and instigators
/// responding or observing somewhere) sees only the columns of scenarios whose debrief they had, since a scenario's
/// id can name its fault and a "scheduled" cell in their own row (or a teammate's) would name the scenario of their
/// upcoming session; the other scenarios count only in each row's totals.
/// </summary>
public sealed partial class CohortSchedulesGrain
{
    public async Task<CoverageMatrix> CoverageAsync(Caller caller)
    {
        var cohort = await GrainFactory.GetGrain<ICohortGrain>(CohortId).GetAsync();
        PersonView? viewer = caller.PersonId is { } id ? await GrainFactory.GetGrain<IPersonGrain>(id).GetAsync() : null;
        if (!caller.CanInstigate && (viewer is null || !cohort.Members.Contains(viewer.Id)))
        {
            throw new ParticipantNotAllowedException($"{caller.Name} is not a member of this cohort.");
        }
        var pool = state.State.Schedules.SelectMany(s => s.ScenarioPool).Distinct(StringComparer.Ordinal).ToList();
        var seesAll = caller.IsAdmin || (caller.CanInstigate && viewer is not null && !viewer.Participations.Any(p => p.Role != ParticipantRole.Instigator && !p.Debriefed));
        var known = viewer?.Participations.Where(p => p.Debriefed).Select(p => p.ScenarioId).ToHashSet(StringComparer.Ordinal) ?? [];
        var columns = pool.Where(s => seesAll || known.Contains(s)).ToImmutableArray();
        var rows = ImmutableArray.CreateBuilder<MemberCoverage>();
        foreach (var member in cohort.Members.Distinct())
        {
            var person = await GrainFactory.GetGrain<IPersonGrain>(member).GetAsync();
            var states = new Dictionary<string, CoverageState>(StringComparer.Ordinal);
            foreach (var scenario in pool)
            {
                states[scenario] = await StateOfAsync(person, scenario);
            }
            rows.Add(new MemberCoverage(
                person.Id,
                person.Name,
                columns.ToImmutableSortedDictionary(s => s, s => states[s], StringComparer.Ordinal),
                states.Values.Count(s => s == CoverageState.Played),
                states.Values.Count(s => s == CoverageState.Scheduled),
                states.Values.Count(s => s == CoverageState.NotYet)));
        }
        return new CoverageMatrix(CohortId, cohort.Name, columns, pool.Count - columns.Length, rows.ToImmutable());
    }

    /// <summary>
    /// Played: a session of it was debriefed, or aborted (which counts as played); scheduled: on a roster of it whose
    /// debrief is still to come; not yet: neither.
    /// </summary>
    private async Task<CoverageState> StateOfAsync(PersonView person, string scenario)
    {
        var parts = person.Participations.Where(p => p.ScenarioId == scenario).ToList();
        if (parts.Count == 0)
        {
            return CoverageState.NotYet;
        }
        if (parts.Any(p => p.Debriefed))
        {
            return CoverageState.Played;
        }
        foreach (var part in parts)
        {
            if ((await GrainFactory.GetGrain<ISessionGrain>(part.SessionId).GetAsync(Platform)).Status == SessionStatus.Aborted)
            {
                return CoverageState.Played;
            }
        }
        return CoverageState.Scheduled;
    }
}
