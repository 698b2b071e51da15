using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Notifications;

namespace PracticePlatform.Api.WebConsole;

/// <summary>The console's middleware and endpoints: CSRF check, static files, pages, live feeds, sign-out, calendar invitations.</summary>
public static class ConsoleEndpoints
{
    /// <summary>Static files, and the CSRF check, which must come before authorization answers for the API.</summary>
    public static WebApplication UsePracticeConsole(this WebApplication app)
    {
        app.UseMiddleware<ConsoleCsrfMiddleware>();
        app.UseStaticFiles();
        return app;
    }

    public static WebApplication MapPracticeConsole(this WebApplication app)
    {
        app.MapRazorPages();
        var console = app.MapGroup("/console").RequireAuthorization(Roles.Person).ExcludeFromDescription();
        console.MapGet("/sessions/{id:guid}/live", Live);
        console.MapPost("/signout", (Delegate)SignOut);
        console.MapGet("/sessions/{id:guid}/invite.ics", Invitation);
        return app;
    }

    private static async Task<IResult> Live(Guid id, string? after, ClaimsPrincipal user, ConsoleAccess access, LiveSessionStream stream, HttpContext context)
    {
        if (await access.SeatAsync(id, user) is not { MayWatch: true } seat)
        {
            return TypedResults.NotFound();
        }
        // A reconnecting browser's Last-Event-ID is where it stopped; it wins over the page's first `after`.
        var cursor = TimelineCursor.TryParse(context.Request.Headers["Last-Event-ID"], out var last) && last != TimelineCursor.Start ? last
            : TimelineCursor.TryParse(after, out var given) ? given : TimelineCursor.Start;
        return TypedResults.ServerSentEvents(stream.ReadAsync(seat, cursor, context.RequestAborted));
    }

    private static async Task<IResult> SignOut(HttpContext context)
    {
        await context.SignOutAsync(ConsoleSchemes.Cookie);
        return TypedResults.Redirect(ConsoleSchemes.SignInPath);
    }

    private static async Task<IResult> Invitation(Guid id, ClaimsPrincipal user, ConsoleAccess access, HttpContext context, TimeProvider time)
    {
        if (await access.SeatAsync(id, user) is not { MayWatch: true } seat || seat.Session.ScheduledStart is not { } start)
        {
            return TypedResults.NotFound();
        }
        var scenario = await access.ScenarioAsync(seat.ScenarioId, user);
        var url = $"{context.Request.Scheme}://{context.Request.Host}{seat.ConsolePath}";
        var ics = CalendarInvitation.Write(seat.Session.Id, time.GetUtcNow(), start, TimeSpan.FromMinutes(seat.KnowsScenario ? Math.Max(30, scenario?.Summary.ExpectedMinutes ?? 60) : 60),
            $"Incident response practice: {(seat.KnowsScenario ? scenario?.Summary.Title ?? seat.ScenarioId : seat.NeutralName)}", url);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"practice-{seat.Session.Id:N}.ics");
    }
}
