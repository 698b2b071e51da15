using System.Security.Claims;
using PracticePlatform.Api.Hosting;
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
            .WithDescription("Admins and people allowed to instigate: a name and the registered people in it.")
            .WithRequestExample("""{ "name": "Spring 2026 onboarding", "members": ["{personId}"] }""");
        group.MapGet("/", ListCohorts).RequireAuthorization(Roles.Instigator).WithSummary("List cohorts")
            .WithDescription("Admins and people allowed to instigate, to set up a session for a cohort: every cohort, oldest first.");
        group.MapPost("/{id:guid}/members", AddMember).RequireAuthorization(Roles.Instigator).WithSummary("Add a cohort member")
            .WithDescription("Admins and people allowed to instigate: adds a registered person to the cohort and answers the cohort; adding a member again changes nothing. 404 for an unknown cohort or person.")
            .WithRequestExample("""{ "personId": "{personId}" }""");
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

    private static Task<CohortView> AddMember(Guid id, CohortMemberRequest request, IGrainFactory grains) =>
        grains.GetGrain<ICohortGrain>(id).AddMemberAsync(request.PersonId);

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

    /// <summary>A registered person to add to a cohort.</summary>
    public sealed record CohortMemberRequest(Guid PersonId);
}
