namespace PracticePlatform.Api.Apis;

/// <summary>Every HTTP API resource of the platform, in one place.</summary>
public static class PracticeEndpoints
{
    public static IEndpointRouteBuilder MapPracticeApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthEndpoints();
        app.MapRuntimeApi();
        app.MapPeopleApi();
        app.MapScenariosApi();
        app.MapCohortsApi();
        app.MapCohortSchedulesApi();
        app.MapSessionsApi();
        app.MapCodeBlueApi();
        app.MapSessionPlayApi();
        app.MapSessionActivityApi();
        app.MapSessionCommanderApi();
        app.MapSessionStakeholdersApi();
        app.MapSessionDebriefApi();
        app.MapSessionPostmortemApi();
        app.MapSessionReplayApi();
        app.MapSessionPresenceApi();
        app.MapResultsApi();
        return app;
    }
}
