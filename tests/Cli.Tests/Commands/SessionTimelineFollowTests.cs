namespace PracticePlatform.Cli.Tests.Commands;

[Collection(PlatformCollection.Name)]
public sealed class SessionTimelineFollowTests(PlatformHost host)
{
    [Fact]
    public async Task Follow_PrintsTheBacklog_ThenANewChannelPostAsItHappens_UntilInterrupted()
    {
        var (ines, rui, id) = await DraftSession.CreateAsync(host, "follow");
        await ines.RunAsync("session", "start", id);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(guard.Token);
        var watched = new WatchedWriter();
        var error = new StringWriter();
        var follow = Task.Run(() => PracticeCli.RunAsync(
            ["session", "--server", host.Address.ToString(), "--token-file", ines.TokenFile, "timeline", id, "--follow"], watched, error, interrupt.Token));

        await watched.LineAsync(l => l.Contains("Session started.", StringComparison.Ordinal), guard.Token);
        var said = await rui.RunAsync("session", "say", id, "webapi", "is", "in", "maintenance", "--help-request");
        Assert.True(said.ExitCode == 0, said.ToString());
        var live = await watched.LineAsync(l => l.Contains("webapi is in maintenance", StringComparison.Ordinal), guard.Token);
        await interrupt.CancelAsync();
        var exitCode = await follow;

        Assert.Matches(@"^#\d+\s+00:00:00\s+rui-follow\s+helpRequest\s+webapi is in maintenance$", live);
        Assert.Equal(0, exitCode);
        Assert.Equal("", error.ToString());
        Assert.False(guard.IsCancellationRequested, "the followed line arrived only after the 60 s guard");
    }

    [Fact]
    public async Task Follow_BySomeoneNotOnTheRoster_Exits1_SayingWhyOnOneLine()
    {
        var (_, _, id) = await DraftSession.CreateAsync(host, "follow-refused");
        var stranger = await Terminal.Admin(host).RegisterAsync("stranger-follow");

        var run = await stranger.RunAsync("session", "timeline", id, "--follow");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("practice: 403 Not allowed for this participant: ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task After_TakesAPublicCursor_AndRefusesAnythingElse_WithOneLine()
    {
        var (ines, rui, id) = await DraftSession.CreateAsync(host, "cursor");
        await ines.RunAsync("session", "start", id);

        var all = await rui.RunAsync("session", "timeline", id);
        var afterFirst = await rui.RunAsync("session", "timeline", id, "--after", "p1");
        var bad = await rui.RunAsync("session", "timeline", id, "--after", "soon");

        Assert.True(afterFirst.ExitCode == 0, afterFirst.ToString());
        Assert.Equal(all.Output.Split('\n').Skip(1), afterFirst.Output.Split('\n'));
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("practice: bad --after 'soon': expected a timeline cursor, a sequence number (12) or a public one (p12)", Assert.Single(bad.ErrorLines));
    }
}
