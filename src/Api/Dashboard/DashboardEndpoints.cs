using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using PracticePlatform.Api.Security;

namespace PracticePlatform.Api.Dashboard;

/// <summary>
/// The dashboard's live feed at <c>/dashboard/live</c> (admins): a <c>snapshot</c> event every second and a
/// <c>log</c> event per new log line. Connecting starts the collector's listening; the last to leave stops it.
/// </summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapRuntimeDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard/live", Live).RequireAuthorization(Roles.Admin).ExcludeFromDescription();
        return app;
    }

    private static IResult Live(RuntimeCallCollector collector, DashboardSnapshots snapshots, LogRing logs, IHostApplicationLifetime lifetime, HttpContext context) =>
        TypedResults.ServerSentEvents(ReadAsync(collector, snapshots, logs, lifetime.ApplicationStopping, context.RequestAborted));

    private static async IAsyncEnumerable<SseItem<object>> ReadAsync(
        RuntimeCallCollector collector, DashboardSnapshots snapshots, LogRing logs, CancellationToken stopping, [EnumeratorCancellation] CancellationToken aborted)
    {
        using var watching = collector.Watch();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopping, aborted);
        // The screen refreshes on the wall clock, whatever clock the grains run on.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), TimeProvider.System);
        long lastLog = Math.Max(0, logs.After(0).LastOrDefault()?.Sequence - 50 ?? 0);
        do
        {
            yield return new SseItem<object>(await snapshots.TakeAsync(), "snapshot");
            foreach (var entry in logs.After(lastLog))
            {
                lastLog = entry.Sequence;
                yield return new SseItem<object>(entry, "log");
            }
        }
        while (await TickAsync(timer, stop.Token));
    }

    private static async Task<bool> TickAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
