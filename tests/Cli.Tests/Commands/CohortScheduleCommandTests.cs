using System.Text.RegularExpressions;

namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>`practice cohort schedule create|list|delete` and `practice cohort coverage` against the platform.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class CohortScheduleCommandTests(PlatformHost host)
{
    [Fact]
    public async Task Create_List_Coverage_AndDelete_AScheduleOfACohort()
    {
        var admin = Terminal.Admin(host);
        var lead = await admin.RegisterAsync("lead-schedule", canInstigate: true);
        var kim = await admin.RegisterAsync("kim-schedule");
        var cohort = (await lead.RunAsync("cohort", "create", "Rhythm", "--member", kim.Id, "--json")).Json().GetProperty("id").GetString()!;

        var created = await lead.RunAsync("cohort", "schedule", "create", cohort, "--frequency", "daily", "--time", "14:00", "--time-zone", "UTC",
            "--scenario", "manta-webapi-crash", "--scenario", "manta-clock-skew", "--ahead", "1", "--duration", "45");
        Assert.True(created.ExitCode == 0, created.ToString());
        var schedule = CreatedSchedule().Match(created.Output).Groups["id"].Value;
        var sessions = SessionRow().Matches(created.Output).Select(m => m.Groups["session"].Value).ToList();
        var listed = await lead.RunAsync("cohort", "schedule", "list", cohort);
        var shown = await lead.RunAsync("cohort", "schedule", "list", cohort, "--schedule", schedule);
        var coverage = await lead.RunAsync("cohort", "coverage", cohort);
        var seenByKim = await kim.RunAsync("cohort", "coverage", cohort);
        var refused = await kim.RunAsync("cohort", "schedule", "list", cohort);
        var stopped = await lead.RunAsync("cohort", "schedule", "delete", cohort, schedule);
        foreach (var session in sessions)
        {
            // Out of the way of the other tests' clock: a scheduled session must not start and be paced.
            await lead.RunAsync("session", "abort", session);
        }

        Assert.True(Guid.TryParse(schedule, out _), created.Output);
        Assert.Contains("recurs    daily at 14:00 UTC", created.Output);
        Assert.Contains("books     45 min, created 1 days ahead", created.Output);
        Assert.NotEmpty(sessions);
        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Matches($@"{schedule}\s+daily at 14:00 UTC\s+2\s+{sessions.Count}\s+2026-", listed.Output);
        Assert.Contains(sessions[0], shown.Output);
        Assert.True(coverage.ExitCode == 0, coverage.ToString());
        Assert.Matches(@"member\s+manta-webapi-crash\s+manta-clock-skew\s+played\s+scheduled\s+not yet", coverage.Output);
        Assert.Matches(@"kim-schedule\s+scheduled\s+", coverage.Output);
        Assert.True(seenByKim.ExitCode == 0, seenByKim.ToString());
        Assert.Contains("2 scenario(s) not shown", seenByKim.Output);
        Assert.DoesNotContain("manta-", seenByKim.Output);
        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("practice: 403", Assert.Single(refused.ErrorLines));
        Assert.True(stopped.ExitCode == 0, stopped.ToString());
        Assert.Contains($"Stopped schedule {schedule}.", stopped.Output);
        Assert.Contains("stopped   2026-", stopped.Output);
    }

    [Fact]
    public async Task ABadRecurrence_IsRefusedWithExit1_NamingTheField()
    {
        var admin = Terminal.Admin(host);
        var lead = await admin.RegisterAsync("lead-bad-schedule", canInstigate: true);
        var cohort = (await lead.RunAsync("cohort", "create", "Offbeat", "--json")).Json().GetProperty("id").GetString()!;

        var run = await lead.RunAsync("cohort", "schedule", "create", cohort, "--day", "Tuesday", "--time", "25:00", "--time-zone", "Europe/Berlin", "--scenario", "manta-webapi-crash");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("practice: 400 Invalid argument: recurrence.time must be a time of day written HH:mm", Assert.Single(run.ErrorLines));
    }

    [GeneratedRegex(@"^Created schedule (?<id>[0-9a-f-]{36})\.", RegexOptions.Multiline)]
    private static partial Regex CreatedSchedule();

    [GeneratedRegex(@"^\d+\s+2026-\S+ \S+ \S+\s+(?<session>[0-9a-f-]{36})\s", RegexOptions.Multiline)]
    private static partial Regex SessionRow();
}
