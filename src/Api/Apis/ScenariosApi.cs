using System.Collections.Immutable;
using System.Security.Claims;
using PracticePlatform.Api.Security;
using PracticePlatform.Grains.Scenarios;
using PracticePlatform.Runtime;

namespace PracticePlatform.Api.Apis;

/// <summary>The built-in scenario catalog.</summary>
public static class ScenariosApi
{
    public static IEndpointRouteBuilder MapScenariosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scenarios").RequireAuthorization(Roles.Admin).WithTags("Scenarios");
        group.MapGet("/", ListScenarios)
            .WithSummary("List scenarios")
            .WithDescription("Every valid built-in scenario, ordered by id, without solutions, resolution criteria, hints or instigator notes.");
        group.MapGet("/{id}", GetScenario)
            .WithSummary("Get a scenario")
            .WithDescription("One scenario with its pointers; the solution, resolution criteria, injects, hints and instigator notes only for admins.");
        return app;
    }

    /// <summary>Summaries of every scenario.</summary>
    private static Task<ImmutableArray<ScenarioSummary>> ListScenarios(IGrainFactory grains) =>
        Catalog(grains).ListAsync();

    /// <summary>One scenario, secrets only for those allowed.</summary>
    private static async Task<IResult> GetScenario(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await Catalog(grains).GetDetailsAsync(id, includeSecrets: user.IsInRole(Roles.Admin)) is { } details
            ? TypedResults.Ok(details)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No scenario '{id}' in the catalog.");

    private static IScenarioCatalogGrain Catalog(IGrainFactory grains) => grains.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key);
}
