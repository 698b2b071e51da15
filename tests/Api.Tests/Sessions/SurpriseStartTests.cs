using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// Surprise starts: the platform draws the start inside a window from the session's seed, the durable reminder
/// fires it then, and responders and observers learn only the window until it starts.
/// </summary>
public sealed class SurpriseStartTests
{
    [Fact]
    public async Task SurpriseStart_IsDrawnInsideTheWindow_Reproducibly_AndTheReminderStartsItAtTheDrawnTime()
    {
        await using var factory = new ApiFactory();
        var window = new StartWindow(factory.Clock.GetUtcNow().AddHours(1), factory.Clock.GetUtcNow().AddDays(2));
        using var g = await GroupAsync(factory, window);

        var instigatorSees = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var adminSees = await g.Admin.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var drawn = instigatorSees.ScheduledStart!.Value;
        factory.Clock.Advance(drawn - factory.Clock.GetUtcNow() - TimeSpan.FromMinutes(2));
        var justBefore = await g["rui"].GetAsync<SessionView>($"/api/sessions/{g.Id}");
        for (var minute = 0; minute < 3; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var started = await Eventually.MatchesAsync(
            () => g["rui"].GetAsync<SessionView>($"/api/sessions/{g.Id}"), v => v.Status == SessionStatus.Running, "the start reminder to fire at the drawn start");
        var timeline = await g["rui"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");

        Assert.InRange(drawn, window.Earliest, window.Latest);
        Assert.Equal(drawn, adminSees.ScheduledStart);
        Assert.Equal(StartDraw.Draw(7, g.Id, window), drawn);
        Assert.Equal(StartDraw.Draw(7, g.Id, window), StartDraw.Draw(7, g.Id, window));
        Assert.Equal(window, instigatorSees.StartWindow);
        Assert.Equal(SessionStatus.Scheduled, justBefore.Status);
        Assert.Equal(drawn, started.ScheduledStart);
        var startedAt = timeline.Single(e => e.Text == "Session started.").WallTime;
        Assert.InRange(startedAt, drawn, drawn.AddMinutes(1));
        Assert.Contains(timeline, e => e.Kind == TimelineKind.Page && e.Text.Contains("surprise practice has started", StringComparison.Ordinal));
    }

    [Fact]
    public void DrawnStart_DependsOnTheSeedAndTheSession_AndStaysInsideEveryWindow()
    {
        var earliest = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var window = new StartWindow(earliest, earliest.AddDays(5));
        var session = new Guid("6b1f8a52-0c9e-4d3a-9a11-2f4e5d6c7b8a");

        var draws = Enumerable.Range(1, 200).Select(seed => StartDraw.Draw((ulong)seed, session, window)).ToList();
        var tiny = StartDraw.Draw(3, session, new StartWindow(earliest, earliest.AddSeconds(1)));

        Assert.All(draws, d => Assert.InRange(d, window.Earliest, window.Latest));
        Assert.True(draws.Distinct().Count() > 190, "different seeds should draw different starts");
        Assert.NotEqual(StartDraw.Draw(1, session, window), StartDraw.Draw(1, Guid.Empty, window));
        Assert.InRange(tiny, earliest, earliest.AddSeconds(1));
    }

    [Fact]
    public async Task Responder_NeverLearnsTheDrawnStart_OrTheScenario_FromAnyViewOrNotification_UntilItStarts()
    {
        await using var webhooks = WebhookReceiver.Start();
        await using var smtp = SmtpSink.Start();
        await using var factory = new ApiFactory();
        factory.Settings["PRACTICE_SMTP"] = $"{smtp.Host}:{smtp.Port}";
        var window = new StartWindow(factory.Clock.GetUtcNow().AddHours(2), factory.Clock.GetUtcNow().AddDays(3));
        using var g = await GroupAsync(factory, window, new { webhooks = new[] { webhooks.Url }, emails = new[] { "team@example.test" } });
        var drawn = (await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}")).ScheduledStart!.Value;

        var announced = await webhooks.WaitForAsync(w => w.Body.Contains("will start between", StringComparison.Ordinal), "the window's announcement by webhook");
        var mailed = await smtp.WaitForAsync(m => m.Body.Contains("will start between", StringComparison.Ordinal), "the window's announcement by email");
        var seen = new List<(string Where, string Text)>();
        foreach (var name in new[] { "rui", "obi" })
        {
            var client = g[name];
            var view = await client.GetAsync<SessionView>($"/api/sessions/{g.Id}");
            Assert.Null(view.ScheduledStart);
            Assert.Equal(window, view.StartWindow);
            foreach (var path in new[]
            {
                $"/api/sessions/{g.Id}", "/api/sessions", $"/api/sessions/{g.Id}/timeline", $"/api/sessions/{g.Id}/channel",
                $"/api/sessions/{g.Id}/deliveries", "/api/people/me", "/", $"/sessions/{g.Id}", $"/sessions/{g.Id}/respond", $"/sessions/{g.Id}/observe",
            })
            {
                var response = await client.Http.GetAsync(path);
                seen.Add(($"{name} {path} ({(int)response.StatusCode})", await response.Content.ReadAsStringAsync()));
            }
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/console/sessions/{g.Id}/invite.ics")).StatusCode);
        }
        seen.Add(("webhook", announced.Body));
        seen.Add(("email", mailed.Body + mailed.Header("Subject")));

        var secrets = Renderings(drawn, window).Append(PracticeFlowTests.Scenario).ToList();
        var leaks = seen.SelectMany(s => secrets.Where(secret => s.Text.Contains(secret, StringComparison.Ordinal)).Select(secret => $"{s.Where} shows '{secret}'")).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.Contains(seen, s => s.Where.StartsWith("rui /api/sessions/", StringComparison.Ordinal) && s.Text.Contains("A practice will start between", StringComparison.Ordinal));

        factory.Clock.Advance(drawn - factory.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        for (var minute = 0; minute < 2; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        // A delivery counts its attempt timeout and retry pauses on the fake clock: one in flight when the clock jumped
        // waits for it to move again (on a busy machine the page can be in flight then), so move it until it arrives.
        static bool Paged(ReceivedWebhook w) => w.Body.Contains("surprise practice has started", StringComparison.Ordinal);
        for (var step = 0; step < 20 && !await Eventually.HoldsAsync(() => Task.FromResult(webhooks.Received.Any(Paged)), TimeSpan.FromSeconds(2)); step++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(30));
        }
        var page = await webhooks.WaitForAsync(Paged, "the start's page by webhook");
        var startedView = await g["rui"].GetAsync<SessionView>($"/api/sessions/{g.Id}");

        Assert.Contains("Alarm", page.Body, StringComparison.Ordinal);
        Assert.Equal(drawn, startedView.ScheduledStart);
    }

    [Theory]
    [InlineData(1, 0, "must be after its earliest")]
    [InlineData(2, 1, "must be after its earliest")]
    [InlineData(-1, 1, "not in the future")]
    [InlineData(1, 24 * 31, "at most 30 days")]
    public async Task BadStartWindow_Is400_NamingTheProblem(int earliestHours, int latestHours, string problem)
    {
        await using var factory = new ApiFactory();
        using var admin = PracticeClient.Admin(factory);
        var now = factory.Clock.GetUtcNow();

        var response = await admin.Http.PostAsJsonAsync("/api/sessions", new
        {
            scenarioId = PracticeFlowTests.Scenario,
            startWindow = new { earliest = now.AddHours(earliestHours), latest = now.AddHours(latestHours) },
        }, PracticeClient.Json);

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, problem);
    }

    [Fact]
    public async Task StartWindow_WithAScheduledStart_OrWithoutItsLatest_Is400()
    {
        await using var factory = new ApiFactory();
        using var admin = PracticeClient.Admin(factory);
        var now = factory.Clock.GetUtcNow();

        var both = await admin.Http.PostAsJsonAsync("/api/sessions", new
        {
            scenarioId = PracticeFlowTests.Scenario,
            scheduledStart = now.AddHours(3),
            startWindow = new { earliest = now.AddHours(1), latest = now.AddHours(5) },
        }, PracticeClient.Json);
        var half = await admin.Http.PostAsJsonAsync("/api/sessions", new { scenarioId = PracticeFlowTests.Scenario, startWindow = new { earliest = now.AddHours(1) } }, PracticeClient.Json);

        await ProblemAssert.IsAsync(both, HttpStatusCode.BadRequest, "not both");
        await ProblemAssert.IsAsync(half, HttpStatusCode.BadRequest, "needs both 'earliest' and 'latest'");
    }

    [Theory]
    [InlineData("2026-03-23", "2026-03-27", "2026-03-30")] // Europe/Berlin springs forward on Sunday 29 March
    [InlineData("2026-10-19", "2026-10-23", "2026-10-26")] // and falls back on Sunday 25 October
    public void BusinessHours_KeepTheirLocalTimeAcrossADaylightSavingChange_AndEveryDrawFallsInsideThem(string monday, string fridayBefore, string mondayAfter)
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var start = DateTimeOffset.Parse(monday + "T00:00:00Z", CultureInfo.InvariantCulture);
        var window = new StartWindow(start, start.AddDays(12), new BusinessHours(TimeSpan.FromHours(9), TimeSpan.FromHours(17), "Europe/Berlin"));

        var periods = StartDraw.BusinessPeriods(window);
        var draws = Enumerable.Range(1, 400).Select(seed => StartDraw.Draw((ulong)seed, Guid.Empty, window)).ToList();

        Assert.Equal(10, periods.Count);
        var before = periods.Single(p => p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == fridayBefore);
        var after = periods.Single(p => p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == mondayAfter);
        Assert.Equal(9, TimeZoneInfo.ConvertTime(before.Start, berlin).Hour);
        Assert.Equal(9, TimeZoneInfo.ConvertTime(after.Start, berlin).Hour);
        Assert.NotEqual(before.Start.UtcDateTime.Hour, after.Start.UtcDateTime.Hour);
        Assert.All(periods, p => Assert.Equal(TimeSpan.FromHours(8), p.End - p.Start));
        Assert.All(draws, d =>
        {
            var local = TimeZoneInfo.ConvertTime(d, berlin);
            Assert.InRange(local.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(17) - TimeSpan.FromSeconds(1));
            Assert.DoesNotContain(local.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
        });
        Assert.Contains(draws, d => d < before.End);
        Assert.Contains(draws, d => d >= after.Start);
    }

    [Fact]
    public async Task BusinessHours_OnCreate_DrawTheStartInsideThem_AndBadHoursAre400()
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, roster: false);
        var now = factory.Clock.GetUtcNow();
        object Window(DateTimeOffset earliest, DateTimeOffset latest, string from, string to, string zone) => new
        {
            scenarioId = PracticeFlowTests.Scenario,
            startWindow = new { earliest, latest, businessHours = new { from, to, timeZone = zone } },
        };

        var created = await PracticeClient.ReadAsync<SessionView>(await g.Ines.Http.PostAsJsonAsync("/api/sessions", Window(now.AddHours(1), now.AddDays(14), "10:00", "12:30", "America/New_York"), PracticeClient.Json));
        var saturday = new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero);
        var weekend = await g.Ines.Http.PostAsJsonAsync("/api/sessions", Window(saturday, saturday.AddHours(44), "09:00", "17:00", "Europe/Berlin"), PracticeClient.Json);
        var zone = await g.Ines.Http.PostAsJsonAsync("/api/sessions", Window(now.AddHours(1), now.AddDays(3), "09:00", "17:00", "Mars/Olympus_Mons"), PracticeClient.Json);
        var hours = await g.Ines.Http.PostAsJsonAsync("/api/sessions", Window(now.AddHours(1), now.AddDays(3), "9 am", "17:00", "Europe/Berlin"), PracticeClient.Json);
        var reversed = await g.Ines.Http.PostAsJsonAsync("/api/sessions", Window(now.AddHours(1), now.AddDays(3), "17:00", "09:00", "Europe/Berlin"), PracticeClient.Json);

        var local = TimeZoneInfo.ConvertTime(created.ScheduledStart!.Value, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.InRange(local.TimeOfDay, TimeSpan.FromHours(10), TimeSpan.FromHours(12.5));
        Assert.DoesNotContain(local.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
        Assert.Equal("America/New_York", created.StartWindow!.BusinessHours!.TimeZone);
        await ProblemAssert.IsAsync(weekend, HttpStatusCode.BadRequest, "holds no business hours");
        await ProblemAssert.IsAsync(zone, HttpStatusCode.BadRequest, "'Mars/Olympus_Mons' is not a time zone");
        await ProblemAssert.IsAsync(hours, HttpStatusCode.BadRequest, "'from' must be a time of day written HH:mm");
        await ProblemAssert.IsAsync(reversed, HttpStatusCode.BadRequest, "to a later one");
    }

    private static Task<PracticeGroup> GroupAsync(ApiFactory factory, StartWindow window, object? notifications = null) =>
        PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, notifications: notifications, startWindow: window);

    /// <summary>
    /// The ways a page or message could write the drawn start, except to the minute of a window edge (which the window
    /// itself shows, and a draw may fall into).
    /// </summary>
    private static IEnumerable<string> Renderings(DateTimeOffset drawn, StartWindow window)
    {
        var utc = drawn.ToUniversalTime();
        var edges = new[] { window.Earliest, window.Latest }.Select(e => e.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).ToHashSet();
        var minute = utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return edges.Contains(minute)
            ? [utc.ToString("O", CultureInfo.InvariantCulture)]
            : [utc.ToString("O", CultureInfo.InvariantCulture), minute, utc.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), utc.ToString("u", CultureInfo.InvariantCulture)];
    }
}
