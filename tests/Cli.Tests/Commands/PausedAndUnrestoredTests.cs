namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>
/// Through `practice`: a paused practice answers reading tools and refuses remediations with the reason; a restoration
/// declared early prints which resolution criteria are unmet; the debrief prints each criterion and how far from it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PausedAndUnrestoredTests(PlatformHost host)
{
    [Fact]
    public async Task APausedPractice_Reads_RefusesARemediation_AndTheDebriefSaysWhyTheCellIsNotRestored()
    {
        var (ines, rui, id) = await DraftSession.CreateAsync(host, "unrestored");
        Assert.Equal(0, (await ines.RunAsync("session", "start", id)).ExitCode);
        Assert.Equal(0, (await ines.RunAsync("session", "inject", id, "webapi-crash")).ExitCode);
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, (await ines.RunAsync("session", "pause", id)).ExitCode);

        var look = await rui.RunAsync("session", "run", id, "--", "svcs", "-x");
        var refused = await rui.RunAsync("session", "run", id, "--", "svcadm", "clear", "webapi");
        Assert.Equal(0, (await ines.RunAsync("session", "resume", id)).ExitCode);
        var fix = await rui.RunAsync("session", "run", id, "--", "svcadm", "clear", "webapi");
        var resolved = await rui.RunAsync("session", "resolve", id);
        Assert.Equal(0, (await rui.RunAsync("session", "assess", id, "--start", "0", "--end", "1", "--root-cause", "crash", "--summary", "cleared")).ExitCode);
        var debrief = await ines.RunAsync("session", "debrief", id, "--hold");

        Assert.True(look.ExitCode == 0, look.ToString());
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("'svcadm clear webapi' was not run: the practice is paused", refused.Error, StringComparison.Ordinal);
        Assert.True(fix.ExitCode == 0, fix.ToString());
        Assert.True(resolved.ExitCode == 0, resolved.ToString());
        Assert.Matches(@"(?m)^warning: [0-9] of the scenario's resolution criteri(on is|a are) not met yet; the debrief names each", resolved.Output);
        Assert.True(debrief.ExitCode == 0, debrief.ToString());
        Assert.Contains("cell restored      no", debrief.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  not met  \{ kind: error-rate-below, target: ""\*"", threshold: 0\.01, for: 5m \}: errors .+$", debrief.Output);
    }
}
