using System.Collections.Immutable;
using System.Security.Claims;
using System.Text;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Scenarios;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Apis;

/// <summary>The scenario catalog: built-in and uploaded scenarios.</summary>
public static class ScenariosApi
{
    /// <summary>The largest scenario file accepted.</summary>
    public const int MaxUploadBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapScenariosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scenarios").RequireAuthorization(Roles.Person).WithTags("Scenarios");
        group.MapGet("/", ListScenarios).RequireAuthorization(Roles.Instigator)
            .WithSummary("List scenarios")
            .WithDescription("Admins and people allowed to instigate, to pick one for a session: every valid scenario, ordered by id, without solutions, resolution criteria, hints or instigator notes. Not for responders: the catalog's titles beside a session's environment can give its fault away.");
        group.MapGet("/{id}", GetScenario)
            .WithSummary("Get a scenario")
            .WithDescription("Admins, people allowed to instigate, and people whose debrief of it was held or who instigated it (others get 403: a title can name the fault). The pointers, solution, resolution criteria, injects, hints and instigator notes only for admins, people allowed to instigate who are not waiting on their own debrief of it, and those whose debrief of it was held. A person shown them counts as knowing the scenario: they are refused as its responder unless an admin overrides.");
        group.MapPost("/", UploadScenario).RequireAuthorization(Roles.Instigator)
            .Accepts<string>("application/yaml", "text/yaml", "text/plain")
            .WithSummary("Upload a scenario")
            .WithDescription("Admins and people allowed to instigate: a scenario file as the request body (YAML, at most 256 KiB; `?fileName=` names it in problems). Invalid files are refused with every problem at its file:line:col; an id already in the catalog is refused.")
            .WithRequestExample(ScenarioFileExample.Yaml);
        group.MapPost("/check", CheckScenario).RequireAuthorization(Roles.Instigator)
            .Accepts<string>("application/yaml", "text/yaml", "text/plain")
            .WithSummary("Check a scenario file")
            .WithDescription("Admins and people allowed to instigate: what an upload of this file would refuse, without adding it. Answers 200 with `valid`, the scenario's `id` and every problem at its file:line:col (an id already in the catalog is a problem too).")
            .WithRequestExample(ScenarioFileExample.Yaml);
        return app;
    }

    private static Task<ImmutableArray<ScenarioSummary>> ListScenarios(IGrainFactory grains) =>
        Catalog(grains).ListAsync();

    private static async Task<IResult> GetScenario(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var caller = user.ToCaller();
        // Who may read is decided first, from what the person may know: a 403 or 404 must not tell a responder which
        // scenario their running session is (their undebriefed sessions do not count as taking part yet).
        if (!caller.CanInstigate && caller.PersonId is { } reader
            && !(await grains.GetGrain<IPersonGrain>(reader).GetAsync()).AsSeenByThemself().Participations.Any(p => p.ScenarioId == id))
        {
            throw new ParticipantNotAllowedException($"Only admins, people allowed to instigate and those whose debrief of scenario '{id}' was held may read it.");
        }
        if (await Catalog(grains).GetDetailsAsync(id, includeSecrets: false) is not { } open)
        {
            // Before asking the person grain, which would remember having been shown an id that names nothing.
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No scenario '{id}' in the catalog.");
        }
        var secrets = caller.IsAdmin || (caller.PersonId is { } person && await grains.GetGrain<IPersonGrain>(person).RevealSecretsOfAsync(id));
        return TypedResults.Ok(secrets ? await Catalog(grains).GetDetailsAsync(id, includeSecrets: true) : open);
    }

    private static async Task<IResult> UploadScenario(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, string? fileName = null)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var yaml = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var summary = await Catalog(grains).UploadAsync(yaml, FileName(fileName), user.ToCaller().Name);
        return TypedResults.Created($"/api/scenarios/{summary.Id}", summary);
    }

    private static async Task<ScenarioCheck> CheckScenario(HttpRequest request, IGrainFactory grains, string? fileName = null)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var yaml = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        return await Catalog(grains).CheckAsync(yaml, FileName(fileName));
    }

    private static string FileName(string? fileName) => string.IsNullOrWhiteSpace(fileName) ? "upload.yaml" : Path.GetFileName(fileName);

    private static IScenarioCatalogGrain Catalog(IGrainFactory grains) => grains.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key);
}
