using System.Collections.Immutable;
using System.Security.Claims;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Cohorts;

namespace PracticePlatform.Api.Apis;

/// <summary>A cohort's recurring practice schedules, and its members' coverage of the schedules' scenarios.</summary>
public static class CohortSchedulesApi
{
    /// <summary>The request example of POST /api/cohorts/{id}/schedules, also in docs/api.md.</summary>
    public const string Example = """
        { "recurrence": { "frequency": "weekly", "interval": 2, "day": "Tuesday", "time": "14:00", "timeZone": "Europe/Berlin" },
          "scenarioPool": ["manta-webapi-crash", "manta-clock-skew"], "instigators": ["{personId}"],
          "durationMinutes": 90, "createAheadDays": 14, "roster": { "maxResponders": 6, "playedObserve": true } }
        """;

    public static IEndpointRouteBuilder MapCohortSchedulesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cohorts/{id:guid}").RequireAuthorization(Roles.Person).WithTags("Cohorts");
        group.MapPost("/schedules", CreateSchedule).RequireAuthorization(Roles.Instigator).WithSummary("Add a recurring practice schedule")
            .WithDescription("Admins and people allowed to instigate: a recurrence (daily or weekly, every `interval` days or weeks, on `day`, at `time` local time in `timeZone`), a scenario pool, instigators (default: the caller), the booked duration, how many days ahead sessions are created, roster rules and channels. Sessions of the occurrences due within `createAheadDays` are created at once and then by a durable reminder, each with the pool's scenario the most members have not played, and invitations (.ics) go to their rosters. 400 names a bad field.")
            .WithRequestExample(Example);
        group.MapGet("/schedules", ListSchedules).RequireAuthorization(Roles.Instigator).WithSummary("List a cohort's schedules")
            .WithDescription("Admins and people allowed to instigate: every schedule of the cohort, stopped ones included, with the occurrences reached so far (the scenario hidden where the caller responds or observes before the debrief).");
        group.MapGet("/schedules/{scheduleId:guid}", GetSchedule).RequireAuthorization(Roles.Instigator).WithSummary("Get a schedule")
            .WithDescription("Admins and people allowed to instigate: one schedule of the cohort; 404 for an unknown one.");
        group.MapDelete("/schedules/{scheduleId:guid}", StopSchedule).RequireAuthorization(Roles.Instigator).WithSummary("Stop a schedule")
            .WithDescription("Admins and people allowed to instigate: the schedule creates no more sessions; the sessions it created stay. Answers the stopped schedule.");
        group.MapGet("/coverage", GetCoverage).WithSummary("The cohort's coverage matrix")
            .WithDescription("Each member against each scenario of the cohort's schedules: played (debriefed, or aborted), scheduled (on a roster whose debrief is to come) or notYet. Admins and people allowed to instigate awaiting no debrief see every scenario; members (and instigators awaiting a debrief) only the scenarios whose debrief they had, the rest counted per member.");
        return app;
    }

    private static async Task<IResult> CreateSchedule(Guid id, ScheduleRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var schedule = await Schedules(grains, id).CreateAsync(user.ToCaller(), request.ToSchedule());
        return TypedResults.Created($"/api/cohorts/{id}/schedules/{schedule.Id}", schedule);
    }

    private static Task<ImmutableArray<PracticeScheduleView>> ListSchedules(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        Schedules(grains, id).ListAsync(user.ToCaller());

    private static Task<PracticeScheduleView> GetSchedule(Guid id, Guid scheduleId, ClaimsPrincipal user, IGrainFactory grains) =>
        Schedules(grains, id).GetAsync(user.ToCaller(), scheduleId);

    private static Task<PracticeScheduleView> StopSchedule(Guid id, Guid scheduleId, ClaimsPrincipal user, IGrainFactory grains) =>
        Schedules(grains, id).StopAsync(user.ToCaller(), scheduleId);

    private static Task<CoverageMatrix> GetCoverage(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        Schedules(grains, id).CoverageAsync(user.ToCaller());

    private static ICohortSchedulesGrain Schedules(IGrainFactory grains, Guid cohortId) => grains.GetGrain<ICohortSchedulesGrain>(cohortId);
}
