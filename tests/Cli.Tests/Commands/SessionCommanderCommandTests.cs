namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>`practice session commander`: a responder takes incident command; the session shows who holds it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionCommanderCommandTests(PlatformHost host)
{
    [Fact]
    public async Task Commander_TakenByAResponder_ShowsOnTheSessionAndTheTimeline()
    {
        var (ines, rui, id) = await DraftSession.CreateAsync(host, "lead");
        await ines.RunAsync("session", "start", id);

        var taken = await rui.RunAsync("session", "commander", id, rui.Id);
        var shown = await ines.RunAsync("session", "show", id);
        var timeline = await ines.RunAsync("session", "timeline", id);

        Assert.True(taken.ExitCode == 0, taken.ToString());
        Assert.Contains("commander  rui-lead (incident commander)", taken.Output, StringComparison.Ordinal);
        Assert.Contains("commander  rui-lead (incident commander)", shown.Output, StringComparison.Ordinal);
        Assert.Contains("rui-lead took incident command.", timeline.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commander_BeforeTheStart_FailsNamingTheState()
    {
        var (_, rui, id) = await DraftSession.CreateAsync(host, "early-lead");

        var run = await rui.RunAsync("session", "commander", id, rui.Id);

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.Contains("while the session is Draft", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
