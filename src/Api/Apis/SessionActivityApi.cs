using System.Globalization;
using System.Security.Claims;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Sessions;
using static PracticePlatform.Api.Apis.SessionsApi;

namespace PracticePlatform.Api.Apis;

/// <summary>The shared activity feed: every command the session's responders ran, with the output on demand.</summary>
public static class SessionActivityApi
{
    private const int DefaultLimit = 50;

    public static IEndpointRouteBuilder MapSessionActivityApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions/{id:guid}/activity").RequireAuthorization(Roles.Person).WithTags("Sessions");
        group.MapGet("", GetActivity).WithSummary("Read the activity feed")
            .WithDescription("Participants and admins: the commands the session's responders ran (number from 1, simulated second, wall time, who, the line, whether it worked, how many lines it printed), oldest first, without output. "
                + "`after=N`: the first `limit` entries after number N (live readers pass the last number they have); `before=N`: the newest `limit` entries before N (older pages); neither: the newest `limit`. "
                + "`limit` is 1-200 (default 50); `total` is how many entries the feed holds.");
        group.MapGet("/{number}", GetActivityEntry).WithSummary("Read one activity entry with its output")
            .WithDescription("Participants and admins: feed entry `number` with what the tool printed to the responder (null when it is older than the responder's kept history). 404 when the feed has no such entry.");
        return app;
    }

    private static Task<ActivityPage> GetActivity(Guid id, ClaimsPrincipal user, IGrainFactory grains, string? after = null, string? before = null, string? limit = null) =>
        Session(grains, id).ActivityAsync(user.ToCaller(), Number(after, "after"), Number(before, "before"), (int)(Number(limit, "limit") is { } l ? Math.Clamp(l, int.MinValue, int.MaxValue) : DefaultLimit));

    private static Task<ActivityEntry> GetActivityEntry(Guid id, string number, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).ActivityEntryAsync(user.ToCaller(), Number(number, "number") ?? 0);

    /// <summary>A whole number given as <paramref name="name"/>, or null when absent; anything else is a 400 naming it.</summary>
    private static long? Number(string? text, string name) =>
        string.IsNullOrEmpty(text) ? null
            : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
            : throw new SessionArgumentException($"The parameter '{name}' must be a whole number; '{text}' is not.");
}
