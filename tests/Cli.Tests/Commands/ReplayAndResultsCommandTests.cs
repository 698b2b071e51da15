using System.Text.RegularExpressions;

namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>`practice session replay` and `practice scenario results` against the real API, after a debrief.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReplayAndResultsCommandTests(PlatformHost host)
{
    [Fact]
    public async Task ReplayAndResults_AfterTheDebrief_ShowTheCellAtASecond_AndTheSessionsFigures()
    {
        var (ines, rui, id) = await DraftSession.CreateAsync(host, "replay");
        await ines.RunAsync("session", "start", id);
        await ines.RunAsync("session", "inject", id, "webapi-crash");
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        await rui.RunAsync("session", "run", id, "--", "svcadm", "clear", "webapi");
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var early = await rui.RunAsync("session", "replay", id, "--second", "120");
        await rui.RunAsync("session", "resolve", id);
        await rui.RunAsync("session", "assess", id, "--start", "0", "--end", "3", "--root-cause", "crash", "--summary", "cleared");
        await ines.RunAsync("session", "debrief", id, "--hold");

        var replay = await rui.RunAsync("session", "replay", id, "--second", "00:02:59");
        var results = await rui.RunAsync("scenario", "results", "manta-webapi-crash");

        Assert.Equal(1, early.ExitCode);
        Assert.Contains("after its debrief", early.Error);
        Assert.True(replay.ExitCode == 0, replay.ToString());
        Assert.True(replay.Output.StartsWith("Session at simulated 00:02:59 (second 179):", StringComparison.Ordinal), replay.Output);
        Assert.True(Regex.IsMatch(replay.Output, @"(?m)^webapi\s+\d+/\d+\s+\d+/\d+"), replay.Output);
        Assert.True(Regex.IsMatch(replay.Output, @"\s+FIRING\s+"), replay.Output);
        Assert.Contains("inject webapi-crash", replay.Output);
        Assert.True(results.ExitCode == 0, results.ToString());
        Assert.Contains(id, results.Output);
        Assert.Contains("commands", results.Output.Split('\n')[0]);
    }
}
