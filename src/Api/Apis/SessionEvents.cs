using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PracticePlatform.Api.Live;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Apis;

/// <summary>
/// Server-sent events of a session's timeline. Each new entry is one <c>timeline</c> event whose id is its sequence,
/// so a reconnecting browser resumes with Last-Event-ID. A long-poll of the session (<see cref="SessionChangeWatch"/>)
/// wakes the stream at each write, whichever silo hosts the session; a comment every 15 s keeps proxies from closing
/// it. When the hosting silo dies the stream stays open: it reads again until the session answers from a survivor
/// and goes on from the last entry it sent, so no entry is lost or sent twice. The stream ends once the session is
/// over (closed or aborted, after its last entries) and when the host stops, so open streams never hold up a shutdown.
/// </summary>
internal static class SessionEvents
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    public static async Task StreamAsync(Guid id, HttpContext context, ClaimsPrincipal user, IGrainFactory grains, IOptions<JsonOptions> json, IHostApplicationLifetime lifetime)
    {
        var caller = user.ToCaller();
        var session = SessionsApi.Session(grains, id);
        var after = long.TryParse(context.Request.Headers["Last-Event-ID"], out var lastId) ? lastId
            : long.TryParse(context.Request.Query["after"], out var query) ? query : 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var cancel = stop.Token;
        var watch = new SessionChangeWatch(session, caller);
        await watch.PrimeAsync(cancel);
        // The first read answers refusals (unknown session, not a member) as problem+json, before the stream starts.
        IReadOnlyList<TimelineEntry> entries = await session.TimelineAsync(caller, after);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        var unread = false;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                foreach (var entry in entries)
                {
                    await context.Response.WriteAsync($"id: {entry.Sequence}\nevent: timeline\ndata: {JsonSerializer.Serialize(entry, json.Value.SerializerOptions)}\n\n", cancel);
                    after = entry.Sequence;
                }
                await context.Response.Body.FlushAsync(cancel);
                if (entries.Any(e => e.Kind == TimelineKind.Session) && await IsOverAsync(session, caller))
                {
                    return;
                }
                if (unread)
                {
                    await Task.Delay(RetryPause, TimeProvider.System, cancel);
                }
                else if (!await watch.NextAsync(KeepAlive, cancel))
                {
                    await context.Response.WriteAsync(": keep-alive\n\n", cancel);
                    entries = [];
                    continue;
                }
                (entries, unread) = await ReadAfterAsync(session, caller, after);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The reader went away, or the host is stopping.
        }
    }

    /// <summary>Whether the session is over: nothing more will be written to its timeline.</summary>
    private static async Task<bool> IsOverAsync(ISessionGrain session, Caller caller)
    {
        try
        {
            return (await session.GetAsync(caller)).Status is SessionStatus.Closed or SessionStatus.Aborted;
        }
        catch (Exception e) when (TransientFailure.Is(e))
        {
            return false;
        }
    }

    /// <summary>The entries after <paramref name="after"/>, or none and <c>unread</c> when the session is between silos.</summary>
    private static async Task<(IReadOnlyList<TimelineEntry> Entries, bool Unread)> ReadAfterAsync(ISessionGrain session, Caller caller, long after)
    {
        try
        {
            return (await session.TimelineAsync(caller, after), false);
        }
        catch (Exception e) when (TransientFailure.Is(e))
        {
            return ([], true);
        }
    }
}
