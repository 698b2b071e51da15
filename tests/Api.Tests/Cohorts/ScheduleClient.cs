using System.Net.Http.Json;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Cohorts;

namespace PracticePlatform.Api.Tests.Cohorts;

/// <summary>Cohorts and schedules through the API, for the schedule tests.</summary>
internal static class ScheduleClient
{
    public static async Task<Guid> CohortAsync(PracticeClient instigator, params Guid[] members) =>
        (await PracticeClient.ReadAsync<CohortView>(await instigator.Http.PostAsJsonAsync("/api/cohorts", new { name = "scheduled", members }, PracticeClient.Json))).Id;

    public static Task<HttpResponseMessage> PostAsync(PracticeClient caller, Guid cohort, object body) =>
        caller.Http.PostAsJsonAsync($"/api/cohorts/{cohort}/schedules", body, PracticeClient.Json);

    public static async Task<PracticeScheduleView> CreateAsync(PracticeClient caller, Guid cohort, object body) =>
        await PracticeClient.ReadAsync<PracticeScheduleView>(await PostAsync(caller, cohort, body));

    public static Task<PracticeScheduleView> GetAsync(PracticeClient caller, Guid cohort, Guid schedule) =>
        caller.GetAsync<PracticeScheduleView>($"/api/cohorts/{cohort}/schedules/{schedule}");

    public static Task<CoverageMatrix> CoverageAsync(PracticeClient caller, Guid cohort) =>
        caller.GetAsync<CoverageMatrix>($"/api/cohorts/{cohort}/coverage");

    /// <summary>A schedule body: weekly unless <paramref name="day"/> is null (then daily).</summary>
    public static object Weekly(string? day, string time, string timeZone, string[] pool, int createAheadDays = 14, int interval = 1, object? notifications = null, object? roster = null) => new
    {
        recurrence = new { frequency = day is null ? "daily" : "weekly", interval, day, time, timeZone },
        scenarioPool = pool,
        durationMinutes = 90,
        createAheadDays,
        roster,
        notifications,
    };
}
