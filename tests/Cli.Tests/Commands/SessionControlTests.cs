using System.Globalization;

namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>The instigator's controls: scheduling and channels at creation, pace, pause and resume, revert, the kill switch.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionControlTests(PlatformHost host)
{
    [Fact]
    public async Task Create_WithAStartTimeAndChannels_SchedulesTheSession()
    {
        var ines = await Terminal.Admin(host).RegisterAsync("ines-scheduled", canInstigate: true);
        var at = host.Clock.GetUtcNow().AddHours(1);

        var created = await ines.RunAsync(
            "session", "create", "--scenario", "manta-webapi-crash", "--at", at.ToString("O", CultureInfo.InvariantCulture),
            "--webhook", "http://127.0.0.1:9/hooks/one", "--email", "team@example.test", "--email", "lead@example.test");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("status     scheduled", created.Output);
        Assert.Contains($"scheduled  {at:yyyy-MM-dd HH:mm:ss}", created.Output);
        var id = created.Output.Split('\n')[0]["Created session ".Length..].TrimEnd('.', '\r');
        var deliveries = await ines.RunAsync("session", "deliveries", id);
        Assert.True(deliveries.ExitCode == 0, deliveries.ToString());
    }

    [Fact]
    public async Task Show_ListsPrerequisitesForRespondersOnly()
    {
        var (ines, _, id) = await DraftSession.CreateAsync(host, "prereq");
        var novice = (await Terminal.Admin(host).RunAsync("people", "add", "olga-prereq", "--experience", "novice", "--json")).Json();
        var added = await ines.RunAsync("session", "add", id, novice.GetProperty("person").GetProperty("id").GetGuid().ToString(), "--role", "observer");
        Assert.True(added.ExitCode == 0, added.ToString());

        var show = await ines.RunAsync("session", "show", id);

        var rows = show.Output.Split('\n');
        Assert.Matches(@"^observer\s+olga-prereq\s+novice\s+-\s", Assert.Single(rows, r => r.Contains("olga-prereq", StringComparison.Ordinal)));
        Assert.Matches(@"^responder\s+rui-prereq\s+\S+\s+met\s", Assert.Single(rows, r => r.Contains("rui-prereq", StringComparison.Ordinal)));
        Assert.DoesNotContain("missing", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveParticipantAndAdd_ChangeTheRosterBeforeTheStart()
    {
        var (ines, rui, id) = await DraftSession.CreateAsync(host, "reshuffle");
        var ana = await Terminal.Admin(host).RegisterAsync("ana-reshuffle");
        await ines.RunAsync("session", "add", id, ana.Id, "--role", "responder");

        var demoted = await ines.RunAsync("session", "add", id, ana.Id, "--role", "observer");
        var removed = await ines.RunAsync("session", "remove-participant", id, rui.Id);

        Assert.True(demoted.ExitCode == 0, demoted.ToString());
        Assert.True(removed.ExitCode == 0, removed.ToString());
        var rows = removed.Output.Split('\n');
        Assert.Matches(@"^observer\s+ana-reshuffle\s", Assert.Single(rows, r => r.Contains("ana-reshuffle", StringComparison.Ordinal)));
        Assert.DoesNotContain("rui-reshuffle", removed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpeedPauseResumeRevertAbort_DriveTheCell()
    {
        var (ines, _, id) = await DraftSession.CreateAsync(host, "control");
        await ines.RunAsync("session", "start", id);

        var fast = await ines.RunAsync("session", "speed", id, "10");
        host.Clock.Advance(TimeSpan.FromSeconds(6));
        var paused = await ines.RunAsync("session", "pause", id);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var stillPaused = await ines.RunAsync("session", "show", id);
        var resumed = await ines.RunAsync("session", "resume", id);
        var injected = await ines.RunAsync("session", "inject", id, "webapi-crash");
        var reverted = await ines.RunAsync("session", "revert", id, "webapi-crash");
        var aborted = await ines.RunAsync("session", "abort", id);

        Assert.Contains("clock      00:00:00 at 10x", fast.Output);
        Assert.Contains("status     paused", paused.Output);
        Assert.Contains("clock      00:01:00 at 10x", stillPaused.Output);
        Assert.Contains("status     running", resumed.Output);
        Assert.True(injected.ExitCode == 0 && reverted.ExitCode == 0, injected + "\n" + reverted);
        Assert.Contains("status     aborted", aborted.Output);
    }

    [Fact]
    public async Task Inject_TheCellRefuses_Exits1_PrintingTheReasonOnOneLine()
    {
        var (ines, _, id) = await DraftSession.CreateAsync(host, "twice");
        await ines.RunAsync("session", "start", id);
        var first = await ines.RunAsync("session", "inject", id, "webapi-crash");

        var again = await ines.RunAsync("session", "inject", id, "webapi-crash");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(1, again.ExitCode);
        Assert.Equal("", again.Output);
        Assert.Equal("practice: 409 Inject refused: fault 'webapi-crash' is already active", Assert.Single(again.ErrorLines));
    }
}
