using System.Security.Claims;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Silo.Security;

namespace PracticePlatform.Api.Apis;

/// <summary>People and their personal API tokens.</summary>
public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/people").RequireAuthorization(Roles.Person).WithTags("People");
        group.MapPost("/", CreatePerson).RequireAuthorization(Roles.Admin).WithSummary("Register a person")
            .WithDescription("Admins only. Answers the person and their personal API token, shown this once: only its SHA-256 hash is stored.")
            .WithRequestExample("""
                { "name": "Rui Costa", "email": "rui@example.com", "experience": "intermediate",
                  "prerequisites": { "credentials": true, "ownDeployment": true }, "canInstigate": false }
                """);
        group.MapGet("/", ListPeople).RequireAuthorization(Roles.Instigator).WithSummary("List people")
            .WithDescription("Admins and people allowed to instigate, to build rosters and cohorts: every registered person with experience, prerequisites and whether they may instigate; no emails, no participations.");
        group.MapGet("/me", GetMe).WithSummary("The calling person")
            .WithDescription("The profile and participations of the token's owner (a session they respond to or observe shows once its debrief was held); 404 for the admin token, which belongs to no person.");
        group.MapGet("/{id:guid}", GetPerson).WithSummary("Get a person")
            .WithDescription("A profile with experience, prerequisites and the scenarios played. Admins, and each person for themself.");
        return app;
    }

    private static async Task<IResult> CreatePerson(CreatePersonRequest request, IGrainFactory grains)
    {
        var name = request.Name.Trim();
        if (name.Length is < 1 or > 100)
        {
            throw new SessionArgumentException("A person needs a name of 1-100 characters.");
        }
        if (request.Email is { } email && (email.Length > 200 || !email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace)))
        {
            throw new SessionArgumentException($"'{email}' is not an email address.");
        }
        var id = Guid.NewGuid();
        var token = TokenHash.NewToken();
        var hash = TokenHash.Of(token);
        var person = await grains.GetGrain<IPersonGrain>(id).CreateAsync(new NewPerson(
            name, request.Email, request.Experience ?? Experience.Novice, request.Prerequisites ?? new Prerequisites(false, false), request.CanInstigate ?? false, hash));
        await grains.GetGrain<IAccessTokenGrain>(hash).AssignAsync(id);
        await grains.GetGrain<IPeopleIndexGrain>(IPeopleIndexGrain.Key).AddAsync(id);
        return TypedResults.Created($"/api/people/{id}", new CreatedPerson(person, token));
    }

    private static async Task<PersonSummary[]> ListPeople(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IPeopleIndexGrain>(IPeopleIndexGrain.Key).ListAsync();
        var people = await Task.WhenAll(ids.Select(id => grains.GetGrain<IPersonGrain>(id).GetAsync()));
        return [.. people.Select(PersonSummary.Of)];
    }

    private static async Task<PersonView> GetMe(ClaimsPrincipal user, IGrainFactory grains) =>
        user.ToCaller().PersonId is { } id
            ? (await grains.GetGrain<IPersonGrain>(id).GetAsync()).AsSeenByThemself()
            : throw new SessionNotFoundException("The admin token belongs to no registered person.");

    private static async Task<PersonView> GetPerson(Guid id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var caller = user.ToCaller();
        if (caller.IsAdmin)
        {
            return await grains.GetGrain<IPersonGrain>(id).GetAsync();
        }
        return caller.PersonId == id
            ? (await grains.GetGrain<IPersonGrain>(id).GetAsync()).AsSeenByThemself()
            : throw new ParticipantNotAllowedException("Only admins and the person themself may read a profile.");
    }

    /// <summary>A person to register: name, optional email, experience (novice, intermediate, experienced), prerequisites met, and whether they may instigate.</summary>
    public sealed record CreatePersonRequest(string Name, string? Email = null, Experience? Experience = null, Prerequisites? Prerequisites = null, bool? CanInstigate = null);

    /// <summary>The registered person and their personal token, shown once.</summary>
    public sealed record CreatedPerson(PersonView Person, string Token);
}
