namespace PracticePlatform.Cli.Tests.Commands;

[Collection(PlatformCollection.Name)]
public sealed class SessionTimelineFollowTests(PlatformHost host)
{
    [Fact]
    public async Task Follow_PrintsTheBacklog_ThenANewChannelPostAsItHappens_UntilInterrupted()
    {
        var admin = Terminal.Admin(host);
        var ines = await admin.RegisterAsync("ines-follow", canInstigate: true);
        var rui = await admin.RegisterAsync("rui-follow");
        var id = (await ines.RunAsync("session", "create", "--scenario", "manta-webapi-crash", "--json")).Json().GetProperty("id").GetString()!;
        await ines.RunAsync("session", "add", id, rui.Id, "--role", "responder");
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
        var admin = Terminal.Admin(host);
        var ines = await admin.RegisterAsync("ines-follow-refused", canInstigate: true);
        var stranger = await admin.RegisterAsync("stranger-follow");
        var id = (await ines.RunAsync("session", "create", "--scenario", "manta-webapi-crash", "--json")).Json().GetProperty("id").GetString()!;

        var run = await stranger.RunAsync("session", "timeline", id, "--follow");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("practice: 403 Not allowed for this participant: ", Assert.Single(run.ErrorLines));
    }
}
