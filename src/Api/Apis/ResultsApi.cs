using System.Collections.Immutable;
using System.Security.Claims;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Results;
using PracticePlatform.Contracts.Scenarios;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Apis;

/// <summary>
/// Results across sessions: a scenario's debriefed sessions side by side, and a cohort's progress. Admins and people
/// allowed to instigate see every session, except those of a scenario whose own debrief they still wait for; anyone
/// else only the sessions they took part in (results exist only once a debrief is held).
/// </summary>
public static class ResultsApi
{
    public static IEndpointRouteBuilder MapResultsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scenarios/{id}/results", GetScenarioResults).RequireAuthorization(Roles.Person).WithTags("Scenarios")
            .WithSummary("Results of a scenario's sessions")
            .WithDescription("Every debriefed session of the scenario, oldest debrief first: session id, cohort, when the debrief was held, times to detect, acknowledge, mitigate and resolve (simulated seconds from the first injection), the assessment's error, hints used and commands run. Admins and people allowed to instigate see every session (404 for a scenario not in the catalog); others only the sessions they took part in, and 403 for a scenario they have no debriefed session of (a scenario's id can name its fault).");
        app.MapGet("/api/cohorts/{id:guid}/progress", GetCohortProgress).RequireAuthorization(Roles.Person).WithTags("Cohorts")
            .WithSummary("A cohort's progress")
            .WithDescription("The cohort's debriefed sessions' results (as in `GET /api/scenarios/{id}/results`), oldest debrief first. Admins, people allowed to instigate (every session) and the cohort's members (the sessions they took part in).");
        return app;
    }

    private static async Task<ImmutableArray<SessionResult>> GetScenarioResults(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var caller = user.ToCaller();
        var results = grains.GetGrain<ISessionResultsGrain>(ResultsKey.OfScenario(id));
        if (caller.PersonId is not { } personId)
        {
            return await RequireScenarioAsync(grains, id, await results.ListAsync(null));
        }
        var person = await grains.GetGrain<IPersonGrain>(personId).GetAsync();
        if (caller.CanInstigate && !Awaiting(person).Contains(id))
        {
            return await RequireScenarioAsync(grains, id, await results.ListAsync(null));
        }
        // Decided from what the person may know, before the catalog is asked: no answer may tell a responder whether a scenario exists.
        if (!person.AsSeenByThemself().Participations.Any(p => p.ScenarioId == id && p.Debriefed))
        {
            throw new ParticipantNotAllowedException($"Only admins, people allowed to instigate and those whose debrief of scenario '{id}' was held may read its results.");
        }
        return await results.ListAsync(personId);
    }

    private static async Task<CohortProgress> GetCohortProgress(Guid id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var caller = user.ToCaller();
        var cohort = await grains.GetGrain<ICohortGrain>(id).GetAsync();
        var results = grains.GetGrain<ISessionResultsGrain>(ResultsKey.OfCohort(id));
        if (caller.PersonId is not { } personId)
        {
            return new CohortProgress(id, cohort.Name, await results.ListAsync(null));
        }
        if (!caller.CanInstigate && !cohort.Members.Contains(personId))
        {
            throw new ParticipantNotAllowedException($"{caller.Name} is not a member of this cohort.");
        }
        if (!caller.CanInstigate)
        {
            return new CohortProgress(id, cohort.Name, await results.ListAsync(personId));
        }
        var awaiting = Awaiting(await grains.GetGrain<IPersonGrain>(personId).GetAsync());
        return new CohortProgress(id, cohort.Name, [.. (await results.ListAsync(null)).Where(r => !awaiting.Contains(r.ScenarioId))]);
    }

    /// <summary>Scenarios the person responds to or observes in a session whose debrief is not held yet: other groups' figures of them wait too.</summary>
    private static ImmutableHashSet<string> Awaiting(PersonView person) =>
        [.. person.Participations.Where(p => !p.Debriefed && p.Role != ParticipantRole.Instigator).Select(p => p.ScenarioId)];

    private static async Task<ImmutableArray<SessionResult>> RequireScenarioAsync(IGrainFactory grains, string id, ImmutableArray<SessionResult> results) =>
        !results.IsEmpty || await grains.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key).GetDetailsAsync(id, includeSecrets: false) is not null
            ? results
            : throw new SessionNotFoundException($"No scenario '{id}' in the catalog.");
}
