using System.Security.Claims;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Apis;

/// <summary>Cohorts: people onboarding together, and the sessions they run.</summary>
public static class CohortsApi
{
    public static IEndpointRouteBuilder MapCohortsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cohorts").RequireAuthorization(Roles.Person).WithTags("Cohorts");
        group.MapPost("/", CreateCohort).RequireAuthorization(Roles.Instigator).WithSummary("Create a cohort")
            .WithDescription("Admins and people allowed to instigate: a name and the registered people in it.");
        group.MapGet("/", ListCohorts).RequireAuthorization(Roles.Instigator).WithSummary("List cohorts")
            .WithDescription("Admins and people allowed to instigate, to set up a session for a cohort: every cohort, oldest first.");
        group.MapGet("/{id:guid}", GetCohort).WithSummary("Get a cohort")
            .WithDescription("Its members and sessions. Admins, people allowed to instigate, and the cohort's members.");
        return app;
    }

    private static async Task<IResult> CreateCohort(CreateCohortRequest request, IGrainFactory grains)
    {
        var id = Guid.NewGuid();
        var cohort = await grains.GetGrain<ICohortGrain>(id).CreateAsync(request.Name, request.Members ?? []);
        await grains.GetGrain<ICohortIndexGrain>(ICohortIndexGrain.Key).AddAsync(id);
        return TypedResults.Created($"/api/cohorts/{id}", cohort);
    }

    private static async Task<CohortView[]> ListCohorts(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<ICohortIndexGrain>(ICohortIndexGrain.Key).ListAsync();
        return await Task.WhenAll(ids.Select(id => grains.GetGrain<ICohortGrain>(id).GetAsync()));
    }

    private static async Task<CohortView> GetCohort(Guid id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var cohort = await grains.GetGrain<ICohortGrain>(id).GetAsync();
        var caller = user.ToCaller();
        return caller.CanInstigate || (caller.PersonId is { } person && cohort.Members.Contains(person))
            ? cohort
            : throw new ParticipantNotAllowedException($"{caller.Name} is not a member of this cohort.");
    }

    /// <summary>A cohort: a name and its members' person ids.</summary>
    public sealed record CreateCohortRequest(string Name, IReadOnlyList<Guid>? Members = null);
}
