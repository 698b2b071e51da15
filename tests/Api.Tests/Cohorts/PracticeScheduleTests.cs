using System.Net;
using System.Text;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.Cohorts;

/// <summary>
/// Recurring practice schedules on the fake clock (which starts on Thursday 2026-01-01 09:00 UTC): the sessions of
/// the occurrences within the days ahead are created at once and then by the schedule's reminder, each once, at the
/// local time in the schedule's zone across daylight-saving changes, with the pool's scenario the most members have
/// not played and rosters under the played-scenario rule.
/// </summary>
public sealed class PracticeScheduleTests
{
    private const string Crash = PracticeFlowTests.Scenario;
    private const string Skew = "manta-clock-skew";

    [Fact]
    public async Task ASchedule_CreatesTheSessionsWithinItsDaysAhead_AtTheLocalTime_OneScenarioAfterAnother()
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, Skew, roster: false);
        var cohort = await ScheduleClient.CohortAsync(g.Ines, g.Person("rui").Id, g.Person("ana").Id, g.Person("eva").Id);

        var schedule = await ScheduleClient.CreateAsync(g.Ines, cohort, ScheduleClient.Weekly("Tuesday", "14:00", "Europe/Berlin", [Crash, Skew]));
        var first = await g.Admin.GetAsync<SessionView>($"/api/sessions/{schedule.Occurrences[0].SessionId}");
        var second = await g.Admin.GetAsync<SessionView>($"/api/sessions/{schedule.Occurrences[1].SessionId}");
        var seenByRui = await g["rui"].GetAsync<SessionView>($"/api/sessions/{first.Id}");
        var cohortView = await g.Ines.GetAsync<CohortView>($"/api/cohorts/{cohort}");

        Assert.Equal([0, 1], schedule.Occurrences.Select(o => o.Number));
        Assert.Equal([Utc("2026-01-06T13:00"), Utc("2026-01-13T13:00")], schedule.Occurrences.Select(o => o.Start));
        Assert.Equal(Utc("2026-01-20T13:00"), schedule.NextStart);
        // Nobody had played either: the pool's first; then the one nobody has played since.
        Assert.Equal([Crash, Skew], schedule.Occurrences.Select(o => o.ScenarioId));
        Assert.All([first, second], s => Assert.Equal(SessionStatus.Scheduled, s.Status));
        Assert.Equal(Utc("2026-01-06T13:00"), first.ScheduledStart);
        Assert.Equal(cohort, first.CohortId);
        Assert.Equal(["ines:Instigator", "rui:Responder", "ana:Responder", "eva:Responder"], first.Participants.Select(p => $"{p.Name}:{p.Role}"));
        Assert.Null(seenByRui.ScenarioId);
        Assert.Contains(first.Id, cohortView.Sessions);
        Assert.Contains(second.Id, cohortView.Sessions);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-20T09:00", "Tuesday", "2026-03-24T13:00", "2026-03-31T12:00")]
    [InlineData("Europe/Berlin", "2026-10-20T09:00", "Tuesday", "2026-10-20T12:00", "2026-10-27T13:00")]
    [InlineData("America/New_York", "2026-10-28T12:00", "Thursday", "2026-10-29T18:00", "2026-11-05T19:00")]
    public async Task ADaylightSavingChange_KeepsTheLocalTime_AndMovesTheUtcInstant(string zone, string now, string day, string before, string after)
    {
        await using var factory = new ApiFactory();
        factory.Clock.SetUtcNow(Utc(now));
        using var g = await PracticeGroup.CreateAsync(factory, Crash, roster: false);
        var cohort = await ScheduleClient.CohortAsync(g.Ines);

        var schedule = await ScheduleClient.CreateAsync(g.Ines, cohort, ScheduleClient.Weekly(day, "14:00", zone, [Crash], createAheadDays: 12));
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);

        Assert.Equal([Utc(before), Utc(after)], schedule.Occurrences.Select(o => o.Start));
        Assert.All(schedule.Occurrences, o => Assert.Equal(new TimeSpan(14, 0, 0), TimeZoneInfo.ConvertTime(o.Start, tz).TimeOfDay));
    }

    [Fact]
    public async Task ATimeTheClocksSkip_MovesOnToWhenTheyResume()
    {
        await using var factory = new ApiFactory();
        factory.Clock.SetUtcNow(Utc("2026-03-27T12:00"));
        using var g = await PracticeGroup.CreateAsync(factory, Crash, roster: false);
        var cohort = await ScheduleClient.CohortAsync(g.Ines);

        // 02:30 does not exist in Berlin on 2026-03-29: the clocks go from 02:00 to 03:00.
        var schedule = await ScheduleClient.CreateAsync(g.Ines, cohort, ScheduleClient.Weekly(null, "02:30", "Europe/Berlin", [Crash], createAheadDays: 3));

        Assert.Equal([Utc("2026-03-28T01:30"), Utc("2026-03-29T01:00"), Utc("2026-03-30T00:30")], schedule.Occurrences.Select(o => o.Start));
    }

    [Fact]
    public async Task TheReminder_CreatesTheNextOccurrence_AsTheClockMoves_NeverTwice_AcrossARestart_UntilStopped()
    {
        var before = new ApiFactory { KeepsDataFolder = true };
        var g = await PracticeGroup.CreateAsync(before, Crash, roster: false);
        // No members: the sessions never start, so no cell is paced over the clock's leaps.
        var cohort = await ScheduleClient.CohortAsync(g.Ines);
        var schedule = await ScheduleClient.CreateAsync(g.Ines, cohort, ScheduleClient.Weekly("Tuesday", "14:00", "UTC", [Crash], createAheadDays: 8));
        Assert.Single(schedule.Occurrences);

        // Tuesday 01-13 14:00 comes within 8 days at Monday 01-05 14:00.
        await WalkAsync(before.Clock, Utc("2026-01-05T13:50"), async () => (await ScheduleClient.GetAsync(g.Ines, cohort, schedule.Id)).Occurrences.Length == 2);
        var token = g.Ines.Token;
        g.Dispose();
        await before.DisposeAsync();

        await using var after = before.Restarted();
        using var ines = new PracticeClient(after.CreateClient(), token);
        await WalkAsync(after.Clock, Utc("2026-01-12T13:50"), async () => (await ScheduleClient.GetAsync(ines, cohort, schedule.Id)).Occurrences.Length == 3);
        using var stop = await ines.Http.DeleteAsync($"/api/cohorts/{cohort}/schedules/{schedule.Id}");
        var stopped = await PracticeClient.ReadAsync<PracticeScheduleView>(stop);
        after.Clock.SetUtcNow(Utc("2026-01-19T13:50"));
        var held = await Eventually.HoldsAsync(async () => (await ScheduleClient.GetAsync(ines, cohort, schedule.Id)).Occurrences.Length > 3, TimeSpan.FromSeconds(2));
        var final = await ScheduleClient.GetAsync(ines, cohort, schedule.Id);
        var cohortView = await ines.GetAsync<CohortView>($"/api/cohorts/{cohort}");

        Assert.Equal([0, 1, 2], final.Occurrences.Select(o => o.Number));
        Assert.Equal([Utc("2026-01-06T14:00"), Utc("2026-01-13T14:00"), Utc("2026-01-20T14:00")], final.Occurrences.Select(o => o.Start));
        Assert.Equal(3, final.Occurrences.Select(o => o.SessionId).Distinct().Count());
        Assert.Equal(3, cohortView.Sessions.Length);
        Assert.NotNull(stopped.StoppedAt);
        Assert.Null(stopped.NextStart);
        Assert.False(held);
    }

    [Fact]
    public async Task TheScenario_IsTheOneMostMembersHaveNotPlayed_AndThoseWhoPlayedItObserve()
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, Crash, roster: false);
        // rui responds to a crash session not yet debriefed; zed (allowed to instigate) instigated one; ana played nothing.
        await g.Ines.PostAsync<SessionView>(g.Id, "participants", new { personId = g.Person("rui").Id, role = "responder" });
        var (zedPerson, zed) = await g.Admin.RegisterAsync(factory, "zed", canInstigate: true);
        using var _ = zed;
        using var created = await zed.Http.PostAsync("/api/sessions", System.Net.Http.Json.JsonContent.Create(new { scenarioId = Crash }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var cohort = await ScheduleClient.CohortAsync(g.Ines, g.Person("rui").Id, g.Person("ana").Id, zedPerson.Id);

        var schedule = await ScheduleClient.CreateAsync(g.Ines, cohort, ScheduleClient.Weekly("Tuesday", "14:00", "Europe/Berlin", [Crash, Skew]));
        var skew = await g.Admin.GetAsync<SessionView>($"/api/sessions/{schedule.Occurrences[0].SessionId}");
        var crash = await g.Admin.GetAsync<SessionView>($"/api/sessions/{schedule.Occurrences[1].SessionId}");
        var seenByZed = await ScheduleClient.GetAsync(zed, cohort, schedule.Id);

        Assert.Equal([Skew, Crash], schedule.Occurrences.Select(o => o.ScenarioId));
        Assert.Equal(["ines:Instigator", "rui:Responder", "ana:Responder", "zed:Responder"], skew.Participants.Select(p => $"{p.Name}:{p.Role}"));
        // zed instigated it, so observes; rui still awaits his own debrief of it, which observing would spoil: left out.
        Assert.Equal(["ines:Instigator", "ana:Responder", "zed:Observer"], crash.Participants.Select(p => $"{p.Name}:{p.Role}"));
        // zed may read schedules, but while he responds to or observes a session before its debrief he gets neither
        // the pool nor any occurrence's scenario: the pool and the choice rule would name his.
        Assert.All(seenByZed.Occurrences, o => Assert.Null(o.ScenarioId));
        Assert.Empty(seenByZed.ScenarioPool);
    }

    [Fact]
    public async Task AScheduleShowsItsWebhooksAndAddresses_OnlyToAdminsAndItsInstigators_AndAnUnknownCohortIs404()
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, Crash, roster: false);
        var (_, zed) = await g.Admin.RegisterAsync(factory, "zed", canInstigate: true);
        using var _ = zed;
        var cohort = await ScheduleClient.CohortAsync(g.Ines, g.Person("ana").Id);
        var body = new
        {
            recurrence = new { frequency = "weekly", day = "Tuesday", time = "14:00", timeZone = "Europe/Berlin" },
            scenarioPool = new[] { Crash },
            notifications = new { webhooks = new[] { "https://hooks.example.test/secret/path" }, emails = new[] { "team@example.test" } },
        };
        var schedule = await ScheduleClient.CreateAsync(g.Ines, cohort, body);

        var byZed = await ScheduleClient.GetAsync(zed, cohort, schedule.Id);
        var byAdmin = await ScheduleClient.GetAsync(g.Admin, cohort, schedule.Id);
        using var unknown = await g.Ines.Http.GetAsync($"/api/cohorts/{Guid.NewGuid()}/schedules");

        Assert.Equal(["https://hooks.example.test/…"], byZed.Notifications.Webhooks.ToArray());
        Assert.Equal(["…@example.test"], byZed.Notifications.Emails.ToArray());
        Assert.Equal(["https://hooks.example.test/secret/path"], byAdmin.Notifications.Webhooks.ToArray());
        Assert.Equal(["https://hooks.example.test/secret/path"], schedule.Notifications.Webhooks.ToArray());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TheInvitation_ReachesTheRosterByEmail_WithAnIcs_AndTheWebhook_NamingNoScenario()
    {
        await using var webhooks = WebhookReceiver.Start();
        await using var smtp = SmtpSink.Start();
        await using var factory = new ApiFactory();
        factory.Settings["PRACTICE_SMTP"] = $"{smtp.Host}:{smtp.Port}";
        using var g = await PracticeGroup.CreateAsync(factory, Skew, roster: false);
        var cohort = await ScheduleClient.CohortAsync(g.Ines, g.Person("rui").Id, g.Person("ana").Id);

        var schedule = await ScheduleClient.CreateAsync(g.Ines, cohort, ScheduleClient.Weekly("Tuesday", "14:00", "Europe/Berlin", [Crash], createAheadDays: 7, notifications: new { webhooks = new[] { webhooks.Url } }));
        var mail = await smtp.WaitForAsync(m => m.Body.Contains("Invitation", StringComparison.Ordinal), "the invitation by email");
        var hook = await webhooks.WaitForAsync(w => w.Body.Contains("Invitation", StringComparison.Ordinal), "the invitation by webhook");
        using var message = MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data)));
        var ics = Assert.Single(message.Attachments.OfType<MimeKit.TextPart>(), p => p.ContentType.MimeType == "text/calendar");

        Assert.Equal(["ana@example.test", "ines@example.test", "rui@example.test"], mail.EnvelopeRecipients.Order(StringComparer.Ordinal));
        Assert.Equal("invite.ics", ics.FileName);
        Assert.Contains("DTSTART:20260106T130000Z", ics.Text, StringComparison.Ordinal);
        Assert.Contains("DTEND:20260106T143000Z", ics.Text, StringComparison.Ordinal);
        Assert.Contains($"UID:{schedule.Occurrences[0].SessionId:N}@practice-platform", ics.Text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Incident response practice: practice session", ics.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Crash, mail.Data + hook.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Front door", mail.Data + hook.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "recurrence": { "frequency": "weekly", "day": "Tuesday", "time": "14:00", "timeZone": "Mars/Olympus_Mons" }, "scenarioPool": ["manta-webapi-crash"] }""", "recurrence.timeZone")]
    [InlineData("""{ "recurrence": { "frequency": "weekly", "day": "Funday", "time": "14:00", "timeZone": "Europe/Berlin" }, "scenarioPool": ["manta-webapi-crash"] }""", "recurrence.day")]
    [InlineData("""{ "recurrence": { "frequency": "weekly", "time": "14:00", "timeZone": "Europe/Berlin" }, "scenarioPool": ["manta-webapi-crash"] }""", "recurrence.day is required")]
    [InlineData("""{ "recurrence": { "frequency": "weekly", "interval": 0, "day": "Tuesday", "time": "14:00", "timeZone": "Europe/Berlin" }, "scenarioPool": ["manta-webapi-crash"] }""", "recurrence.interval")]
    [InlineData("""{ "recurrence": { "frequency": "weekly", "day": "Tuesday", "time": "25:00", "timeZone": "Europe/Berlin" }, "scenarioPool": ["manta-webapi-crash"] }""", "recurrence.time")]
    [InlineData("""{ "recurrence": { "frequency": "hourly", "time": "14:00", "timeZone": "Europe/Berlin" }, "scenarioPool": ["manta-webapi-crash"] }""", "recurrence.frequency")]
    [InlineData("""{ "scenarioPool": ["manta-webapi-crash"] }""", "recurrence is required")]
    [InlineData("""{ "recurrence": { "frequency": "daily", "time": "14:00", "timeZone": "Europe/Berlin" }, "scenarioPool": [] }""", "scenarioPool must name")]
    [InlineData("""{ "recurrence": { "frequency": "daily", "time": "14:00", "timeZone": "Europe/Berlin" }, "scenarioPool": ["no-such-scenario"] }""", "scenarioPool: no scenario 'no-such-scenario'")]
    [InlineData("""{ "recurrence": { "frequency": "daily", "time": "14:00", "timeZone": "Europe/Berlin" }, "scenarioPool": ["manta-webapi-crash"], "instigators": ["0b5c6f33-0000-4000-8000-000000000000"] }""", "instigators: no registered person")]
    [InlineData("""{ "recurrence": { "frequency": "daily", "time": "14:00", "timeZone": "Europe/Berlin" }, "scenarioPool": ["manta-webapi-crash"], "createAheadDays": 0 }""", "createAheadDays")]
    public async Task ABadSchedule_Is400_NamingTheField(string body, string names)
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, Crash, roster: false);
        var cohort = await ScheduleClient.CohortAsync(g.Ines, g.Person("rui").Id);

        using var response = await g.Ines.Http.PostAsync($"/api/cohorts/{cohort}/schedules", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, names);
        Assert.Empty(await g.Ines.GetAsync<PracticeScheduleView[]>($"/api/cohorts/{cohort}/schedules"));
    }

    [Fact]
    public async Task Schedules_AreForInstigators_AndTheCoverageMatrix_ShowsMembersOnlyWhatTheyMayKnow()
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, Skew, roster: false);
        var cohort = await ScheduleClient.CohortAsync(g.Ines, g.Person("rui").Id, g.Person("ana").Id);
        var body = ScheduleClient.Weekly("Tuesday", "14:00", "Europe/Berlin", [Crash, Skew], createAheadDays: 7);

        using var byResponder = await ScheduleClient.PostAsync(g["rui"], cohort, body);
        using var listByResponder = await g["rui"].Http.GetAsync($"/api/cohorts/{cohort}/schedules");
        using var byAdmin = await ScheduleClient.PostAsync(g.Admin, cohort, body);
        var schedule = await ScheduleClient.CreateAsync(g.Ines, cohort, body);
        var session = schedule.Occurrences[0].SessionId!.Value;
        var full = await ScheduleClient.CoverageAsync(g.Ines, cohort);
        var seenByRui = await ScheduleClient.CoverageAsync(g["rui"], cohort);
        using var byOutsider = await g["eva"].Http.GetAsync($"/api/cohorts/{cohort}/coverage");
        await g.Admin.PostAsync<SessionView>(session, "abort");
        var afterAbort = await ScheduleClient.CoverageAsync(g.Admin, cohort);

        await ProblemAssert.IsAsync(byResponder, HttpStatusCode.Forbidden, "");
        await ProblemAssert.IsAsync(listByResponder, HttpStatusCode.Forbidden, "");
        await ProblemAssert.IsAsync(byAdmin, HttpStatusCode.BadRequest, "instigators must name");
        await ProblemAssert.IsAsync(byOutsider, HttpStatusCode.Forbidden, "not a member");
        Assert.Equal([Crash, Skew], full.Scenarios.ToArray());
        Assert.Equal(0, full.HiddenScenarios);
        Assert.Equal(["rui", "ana"], full.Members.Select(m => m.Name));
        Assert.All(full.Members, m => Assert.Equal(CoverageState.Scheduled, m.Scenarios[Crash]));
        Assert.All(full.Members, m => Assert.Equal(CoverageState.NotYet, m.Scenarios[Skew]));
        // rui responds to an upcoming session: no column names a scenario he has not debriefed, so none names his.
        Assert.Empty(seenByRui.Scenarios);
        Assert.Equal(2, seenByRui.HiddenScenarios);
        Assert.All(seenByRui.Members, m => Assert.Empty(m.Scenarios));
        Assert.All(seenByRui.Members, m => Assert.Equal((0, 1, 1), (m.Played, m.Scheduled, m.NotYet)));
        Assert.DoesNotContain(Crash, System.Text.Json.JsonSerializer.Serialize(seenByRui), StringComparison.Ordinal);
        // An aborted session counts as played, as the played-scenario rule has it.
        Assert.All(afterAbort.Members, m => Assert.Equal(CoverageState.Played, m.Scenarios[Crash]));
    }

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text + "Z", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Leaps the clock to <paramref name="from"/>, then steps it a minute at a time (at most an hour, past two of the
    /// reminder's 15-minute ticks) until <paramref name="happened"/> holds.
    /// </summary>
    private static async Task WalkAsync(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, DateTimeOffset from, Func<Task<bool>> happened)
    {
        clock.SetUtcNow(from);
        for (var minute = 0; minute < 60; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            if (await Eventually.HoldsAsync(happened, TimeSpan.FromMilliseconds(200)))
            {
                return;
            }
        }
        Assert.Fail($"nothing happened within an hour of {from:u} on the fake clock");
    }
}
