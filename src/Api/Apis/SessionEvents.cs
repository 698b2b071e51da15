using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PracticePlatform.Api.Security;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Api.Apis;

/// <summary>
/// Server-sent events of a session's timeline. Each new entry is one <c>timeline</c> event whose id is its sequence,
/// so a reconnecting browser resumes with Last-Event-ID. The session's writes wake the stream; a comment every
/// 15 s keeps proxies from closing it.
/// </summary>
internal static class SessionEvents
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static async Task StreamAsync(Guid id, HttpContext context, ClaimsPrincipal user, IGrainFactory grains, SessionFeed feed, IOptions<JsonOptions> json, TimeProvider clock)
    {
        var caller = user.ToCaller();
        var session = SessionsApi.Session(grains, id);
        var after = long.TryParse(context.Request.Headers["Last-Event-ID"], out var lastId) ? lastId
            : long.TryParse(context.Request.Query["after"], out var query) ? query : 0;
        var changed = feed.NextChangeAsync(id);
        var entries = await session.TimelineAsync(caller, after);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        var cancel = context.RequestAborted;
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
                try
                {
                    await changed.WaitAsync(KeepAlive, clock, cancel);
                }
                catch (TimeoutException)
                {
                    await context.Response.WriteAsync(": keep-alive\n\n", cancel);
                }
                // Take the next signal before reading, so a write in between is never missed.
                changed = feed.NextChangeAsync(id);
                entries = await session.TimelineAsync(caller, after);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The reader went away.
        }
    }
}
