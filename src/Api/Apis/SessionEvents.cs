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
/// Server-sent events of a session's timeline. Each new entry is one <c>timeline</c> event whose id is the cursor
/// after it (<see cref="TimelineCursor"/>: <c>12</c>, or <c>p12</c> in the public numbering responders and observers
/// get before the debrief), so a reconnecting browser resumes with Last-Event-ID, also across the debrief. The
/// stream's first read is its own, so refusals (unknown session, not a member) answer as problem+json before it
/// starts; after that a reader shared by the caller's streams on this frontend (<see cref="TimelineFeeds"/>) watches
/// the session and reads each change once, whichever silo hosts it. A comment every 15 s keeps proxies from
/// closing the stream. When the hosting silo dies the stream stays open: the reader reads again until the session
/// answers from a survivor and goes on from its last entry, and each stream sends only what follows the last entry
/// it sent, so no entry is lost or sent twice. The stream ends once the session is over (closed or aborted, after
/// its last entries) and when the host stops, so open streams never hold up a shutdown.
/// </summary>
internal static class SessionEvents
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    public static async Task StreamAsync(Guid id, HttpContext context, ClaimsPrincipal user, IGrainFactory grains, TimelineFeeds feeds, IOptions<JsonOptions> json, IHostApplicationLifetime lifetime)
    {
        var caller = user.ToCaller();
        var session = SessionsApi.Session(grains, id);
        // A reconnecting browser's Last-Event-ID wins over the query it first connected with; either, when it is not
        // a cursor, is a 400 naming it, as on /timeline (not a silent replay from the start).
        var lastId = TimelineCursor.Parse(context.Request.Headers["Last-Event-ID"], "The Last-Event-ID header");
        var after = lastId != TimelineCursor.Start ? lastId : TimelineCursor.Parse(context.Request.Query["after"], "The query parameter \"after\"");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var cancel = stop.Token;
        // Subscribed before the first read: whatever that read misses comes in a page of the shared reader.
        using var feed = feeds.Subscribe(id, caller);
        var page = await session.ReadTimelineAsync(caller, after);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            IReadOnlyList<TimelineEntry> entries = page.Entries;
            TimelineFeedPage? shared = null;
            var ownRead = true;
            var over = false;
            while (!cancel.IsCancellationRequested)
            {
                after = await WriteAsync(context, page, entries, shared, after, json.Value.SerializerOptions, cancel);
                shared = null;
                if (over || (ownRead && entries.Any(e => e.Kind == TimelineKind.Session) && await IsOverAsync(session, caller)))
                {
                    // Over now, but it may have ended after these entries were read: its last entries come first.
                    (page, var unread) = await ReadAfterAsync(session, caller, after);
                    entries = page.Entries;
                    if (entries.Count == 0 && !unread)
                    {
                        return;
                    }
                    if (unread)
                    {
                        await Task.Delay(RetryPause, TimeProvider.System, cancel);
                    }
                    over = true;
                    continue;
                }
                if (await feed.NextAsync(KeepAlive, cancel) is not { } next)
                {
                    await context.Response.WriteAsync(": keep-alive\n\n", cancel);
                    entries = [];
                    continue;
                }
                over = next.Over;
                if (next.Following(after) is { } start)
                {
                    (page, entries, shared, ownRead) = (next.Page, next.Page.Entries[start..], next, false);
                    continue;
                }
                // The page does not go on from this stream's last entry (the numbering changed at the debrief, or the
                // reader stopped on a refusal): the stream reads for itself, from its own cursor.
                bool failed;
                while (true)
                {
                    (page, failed) = await ReadAfterAsync(session, caller, after);
                    if (!failed)
                    {
                        break;
                    }
                    await Task.Delay(RetryPause, TimeProvider.System, cancel);
                }
                (entries, ownRead) = (page.Entries, true);
                if (next.Broken && entries.Count == 0)
                {
                    // The shared reader is gone and this stream has nothing more: the browser reconnects to a new one.
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The reader went away, or the host is stopping.
        }
    }

    /// <summary>
    /// Writes <paramref name="entries"/>, the last of <paramref name="page"/>'s, encoded once for every stream when the
    /// page is a <paramref name="shared"/> one, and answers the cursor after the last.
    /// </summary>
    private static async Task<TimelineCursor> WriteAsync(HttpContext context, TimelinePage page, IReadOnlyList<TimelineEntry> entries, TimelineFeedPage? shared, TimelineCursor after, JsonSerializerOptions json, CancellationToken cancel)
    {
        if (!after.Public && page.Public)
        {
            // A bare number was read as the caller's numbering, the public one: say so from now on.
            after = after with { Public = true };
        }
        var offset = page.Entries.Length - entries.Count;
        for (var i = 0; i < entries.Count; i++)
        {
            after = page.CursorAfter(entries[i]);
            await context.Response.Body.WriteAsync(shared?.EventAt(offset + i, json) ?? TimelineEvent.Encode(entries[i], after, json), cancel);
        }
        await context.Response.Body.FlushAsync(cancel);
        return after;
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
    private static async Task<(TimelinePage Page, bool Unread)> ReadAfterAsync(ISessionGrain session, Caller caller, TimelineCursor after)
    {
        try
        {
            return (await session.ReadTimelineAsync(caller, after), false);
        }
        catch (Exception e) when (TransientFailure.Is(e))
        {
            return (new TimelinePage([], Public: after.Public), true);
        }
    }
}
