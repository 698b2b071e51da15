using PracticePlatform.Api.Security;
using PracticePlatform.Runtime.Hosting;

namespace PracticePlatform.Api.Apis;

/// <summary>The runtime's state, for operators.</summary>
public static class RuntimeApi
{
    public static IEndpointRouteBuilder MapRuntimeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/runtime").RequireAuthorization(Roles.Admin).WithTags("Runtime");
        group.MapGet("/", GetStatus)
            .WithSummary("Runtime status")
            .WithDescription("Live activations in total and per grain type, and the reminders ticking in this silo. Admins only.");
        return app;
    }

    /// <summary>Live activations and reminders.</summary>
    private static RuntimeStatus GetStatus(GrainRuntime runtime) =>
        new(runtime.ActivationCount, runtime.ActivationsByType, runtime.Reminders.Count);

    /// <summary>The runtime status document.</summary>
    public sealed record RuntimeStatus(int Activations, IReadOnlyDictionary<string, int> ActivationsByType, int Reminders);
}
