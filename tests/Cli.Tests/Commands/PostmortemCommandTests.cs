namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>`practice session postmortem show|edit|export`: two people writing one postmortem from their terminals.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PostmortemCommandTests(PlatformHost host)
{
    [Fact]
    public async Task TwoResponders_EditTheSameSection_TheStaleSaveSaysWhoChangedItAndHowToReread_AndExportWritesMarkdown()
    {
        var (ines, rui, id, ana) = await DebriefedAsync("pm");

        var shown = await rui.RunAsync("session", "postmortem", "show", id);
        var saved = await rui.RunAsync("session", "postmortem", "edit", id, "summary", "--text", "webapi crashed into maintenance");
        var stale = await ana.RunAsync("session", "postmortem", "edit", id, "summary", "--text", "my own summary", "--version", "0");
        var notesFile = Path.Combine(host.ClientFolder, $"notes-{id}.md");
        await File.WriteAllTextAsync(notesFile, "webapi crashed into maintenance\nand nobody looked at svcs first\n");
        var fromFile = await ana.RunAsync("session", "postmortem", "edit", id, "summary", "--file", notesFile);
        var items = await ana.RunAsync("session", "postmortem", "edit", id, "action-items", "--item", "rui-pm: alert on services entering maintenance", "--item", "[x] ana-pm: put svcadm clear in the runbook");
        var history = await ines.RunAsync("session", "postmortem", "show", id, "--history");
        var file = Path.Combine(host.ClientFolder, $"postmortem-{id}.md");
        var exported = await ines.RunAsync("session", "postmortem", "export", id, "--out", file);

        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.StartsWith("postmortem of manta-webapi-crash (version 0, open for edits)", shown.Output, StringComparison.Ordinal);
        Assert.Matches(@"impact     assessed minute 0 to 4; ground truth minute \d+ to", shown.Output);
        Assert.Contains("Mitigated: svcadm clear webapi (rui-pm)", shown.Output, StringComparison.Ordinal);
        Assert.Contains("commands that mattered\n  00:03:00  rui-pm: svcadm clear webapi", shown.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("summary (version 0, not written yet)", shown.Output, StringComparison.Ordinal);
        Assert.True(saved.ExitCode == 0, saved.ToString());
        Assert.Equal("Saved summary as version 1.\n  webapi crashed into maintenance\n", saved.Output.ReplaceLineEndings("\n"));
        Assert.Equal(1, stale.ExitCode);
        var line = Assert.Single(stale.ErrorLines);
        Assert.StartsWith("practice: 409 Edited by someone else: The summary section changed since you read it: it is at version 1 now, saved by rui-pm", line, StringComparison.Ordinal);
        Assert.EndsWith($"Re-read it with 'practice session postmortem show {id}', then edit again with --version set to its version now.", line, StringComparison.Ordinal);
        Assert.True(fromFile.ExitCode == 0, fromFile.ToString());
        Assert.StartsWith("Saved summary as version 2.", fromFile.Output, StringComparison.Ordinal);
        Assert.True(items.ExitCode == 0, items.ToString());
        Assert.Equal("Saved action-items as version 1.\n  [ ] rui-pm: alert on services entering maintenance\n  [x] ana-pm: put svcadm clear in the runbook\n", items.Output.ReplaceLineEndings("\n"));
        Assert.Contains("summary (version 2, ana-pm at ", history.Output, StringComparison.Ordinal);
        Assert.Contains("  history: version 2 by ana-pm at ", history.Output, StringComparison.Ordinal);
        Assert.Contains("  history: version 1 by rui-pm at ", history.Output, StringComparison.Ordinal);
        Assert.True(exported.ExitCode == 0, exported.ToString());
        Assert.Equal($"Wrote the postmortem to {file}.\n", exported.Output.ReplaceLineEndings("\n"));
        var markdown = await File.ReadAllTextAsync(file);
        Assert.StartsWith("# Postmortem: practice session of manta-webapi-crash", markdown, StringComparison.Ordinal);
        Assert.Contains("and nobody looked at svcs first", markdown, StringComparison.Ordinal);
        Assert.Contains("- [x] put svcadm clear in the runbook (owner: ana-pm)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_IsOneLineWithExit2_AndAResponderBeforeTheDebriefIsRefused()
    {
        var (ines, rui, id) = await DraftSession.CreateAsync(host, "pm-early");
        await ines.RunAsync("session", "start", id);

        var early = await rui.RunAsync("session", "postmortem", "show", id);
        var unknownSection = await rui.RunAsync("session", "postmortem", "edit", id, "timeline", "--text", "x");
        var noText = await rui.RunAsync("session", "postmortem", "edit", id, "summary");
        var badItem = await rui.RunAsync("session", "postmortem", "edit", id, "action-items", "--item", "just do it");

        Assert.Equal(1, early.ExitCode);
        Assert.StartsWith("practice: 403 ", Assert.Single(early.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("webapi", early.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknownSection.ExitCode);
        Assert.Contains("timeline", Assert.Single(unknownSection.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(2, noText.ExitCode);
        Assert.Equal("practice: Give the section's text with --text or --file (- for stdin).", Assert.Single(noText.ErrorLines));
        Assert.Equal(2, badItem.ExitCode);
        Assert.Equal("practice: An action item is written 'owner: text' (with '[x] ' in front when done); 'just do it' is not.", Assert.Single(badItem.ErrorLines));
    }

    private async Task<(Terminal Ines, Terminal Rui, string Id, Terminal Ana)> DebriefedAsync(string suffix)
    {
        var (ines, rui, id) = await DraftSession.CreateAsync(host, suffix);
        var ana = await Terminal.Admin(host).RegisterAsync($"ana-{suffix}");
        await ines.RunAsync("session", "add", id, ana.Id, "--role", "responder");
        await ines.RunAsync("session", "start", id);
        await ines.RunAsync("session", "inject", id, "webapi-crash");
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        var fix = await rui.RunAsync("session", "run", id, "--", "svcadm", "clear", "webapi");
        Assert.True(fix.ExitCode == 0, fix.ToString());
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await rui.RunAsync("session", "resolve", id);
        var assessed = await ana.RunAsync("session", "assess", id, "--start", "0", "--end", "4", "--share", "get-object=0.4", "--root-cause", "webapi crashed", "--summary", "cleared it");
        Assert.True(assessed.ExitCode == 0, assessed.ToString());
        var held = await ines.RunAsync("session", "debrief", id, "--hold");
        Assert.True(held.ExitCode == 0, held.ToString());
        return (ines, rui, id, ana);
    }
}
