namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>
/// Stakeholders and status updates through `practice`: an instigator posts as a stakeholder (refused in one line when
/// it gives the solution away), a responder lists and answers stakeholder messages, posts status updates and reads
/// the practice status page, and the debrief prints the status updates, the late ones and the unanswered questions.
/// manta-mako-disk-full scripts support's message one minute after the impact starts.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class StakeholderCommandTests(PlatformHost host)
{
    [Fact]
    public async Task StakeholdersAndStatusUpdates_FromTheCommandLine_ReachTheStatusPageAndTheDebrief()
    {
        var admin = Terminal.Admin(host);
        var ines = await admin.RegisterAsync("ines-stake", canInstigate: true);
        var rui = await admin.RegisterAsync("rui-stake");
        var id = (await ines.RunAsync("session", "create", "--scenario", "manta-mako-disk-full", "--seed", "7", "--json")).Json().GetProperty("id").GetString()!;
        Assert.Equal(0, (await ines.RunAsync("session", "add", id, rui.Id, "--role", "responder")).ExitCode);
        Assert.Equal(0, (await ines.RunAsync("session", "start", id)).ExitCode);
        host.Clock.Advance(TimeSpan.FromMinutes(10));

        var posted = await ines.RunAsync("session", "stakeholder", id, "--from", "Sales (Lee)", "--text", "Is customer data safe? A big customer asks.", "--expects-answer");
        var leak = await ines.RunAsync("session", "stakeholder", id, "--from", "Support (Dana)", "--text", "Has anyone tried free-disk?");
        var listed = await rui.RunAsync("session", "stakeholders", id);
        var answered = await rui.RunAsync("session", "answer", id, "1", "--text", "We are on it; next update in 15 minutes.");
        var update = await rui.RunAsync("session", "status-update", id, "--audience", "customers", "--text", "Some uploads fail. We are investigating.", "--next", "5");
        var badNext = await rui.RunAsync("session", "status-update", id, "--text", "x", "--next", "0");
        var page = await ines.RunAsync("session", "status-page", id);

        Assert.True(posted.ExitCode == 0, posted.ToString());
        Assert.Matches(@"^#2 00:10:00 Sales \(Lee\): Is customer data safe\? A big customer asks\. \[expects an answer\]", posted.Output);
        Assert.Equal(1, leak.ExitCode);
        Assert.Contains("reveal the solution", Assert.Single(leak.ErrorLines), StringComparison.Ordinal);
        Assert.Matches(@"(?m)^#1 00:\d\d:\d\d Support \(Dana\): Customers are opening tickets", listed.Output);
        Assert.Contains("[answered by rui-stake]", answered.Output, StringComparison.Ordinal);
        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Matches(@"^#1 00:10:00 customers by rui-stake \(next in 5 min\): Some uploads fail\.", update.Output);
        Assert.Equal(2, badNext.ExitCode);
        Assert.Contains("--next", Assert.Single(badNext.ErrorLines), StringComparison.Ordinal);
        Assert.StartsWith("PRACTICE", page.Output, StringComparison.Ordinal);
        Assert.Contains("Some uploads fail. We are investigating.", page.Output, StringComparison.Ordinal);
        Assert.Contains("next update due at 00:15:00", page.Output, StringComparison.Ordinal);

        // Nothing more for 10 minutes: the update promised in 5 never came.
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await rui.RunAsync("session", "resolve", id);
        await rui.RunAsync("session", "assess", id, "--start", "4", "--end", "20", "--root-cause", "disks filled", "--summary", "writes failed");
        var debrief = await ines.RunAsync("session", "debrief", id, "--hold");

        Assert.True(debrief.ExitCode == 0, debrief.ToString());
        Assert.Contains("status updates     expected every 15 min once the impact starts", debrief.Output, StringComparison.Ordinal);
        Assert.Matches(@"during impact\s+#1 00:10:00 customers by rui-stake", debrief.Output);
        Assert.Contains("late or missing updates: 1", debrief.Output, StringComparison.Ordinal);
        Assert.Contains("No update came for the one due at 15:00 (update #1 promised the next in 5 min)", debrief.Output, StringComparison.Ordinal);
        Assert.Matches(@"unanswered stakeholder questions: \d", debrief.Output);
        Assert.Contains("Sales (Lee)", debrief.Output.Split("unanswered stakeholder questions")[1], StringComparison.Ordinal);
    }
}
