using System.Text.Json;

namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>A whole practice of manta-webapi-crash driven only through `practice`, against the real API on a real port.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionPracticeTests(PlatformHost host)
{
    private const string Scenario = "manta-webapi-crash";

    [Fact]
    public async Task WholePractice_FromTheCommandLine_GoesFromCreateToAMarkdownReport()
    {
        var admin = Terminal.Admin(host);
        var ines = await admin.RegisterAsync("ines", canInstigate: true);
        var rui = await admin.RegisterAsync("rui");
        var ana = await admin.RegisterAsync("ana", experience: "intermediate");

        var created = await ines.RunAsync("session", "create", "--scenario", Scenario, "--seed", "7", "--json");
        Assert.True(created.ExitCode == 0, created.ToString());
        var id = created.Json().GetProperty("id").GetString()!;
        Assert.Equal("draft", created.Json().GetProperty("status").GetString());

        var addRui = await ines.RunAsync("session", "add", id, rui.Id, "--role", "responder");
        var addAna = await ines.RunAsync("session", "add", id, ana.Id, "--role", "responder");
        Assert.True(addAna.ExitCode == 0, addAna.ToString());
        Assert.Matches(@"responder\s+rui\s+experienced\s+met", addRui.Output);
        Assert.Matches(@"responder\s+ana\s+intermediate\s+met", addAna.Output);

        var started = await ines.RunAsync("session", "start", id);
        Assert.True(started.ExitCode == 0, started.ToString());
        Assert.Contains("status     running", started.Output);

        var injected = await ines.RunAsync("session", "inject", id, "webapi-crash");
        Assert.True(injected.ExitCode == 0, injected.ToString());
        host.Clock.Advance(TimeSpan.FromMinutes(3));

        var alarms = await rui.RunAsync("session", "alarms", id);
        Assert.Matches(@"\s+FIRING\s+", alarms.Output);
        var firing = (await rui.RunAsync("session", "alarms", id, "--json")).Json().EnumerateArray().First(a => a.GetProperty("firing").GetBoolean());
        var alarmId = firing.GetProperty("id").GetString()!;
        Assert.Contains(alarmId, alarms.Output.Split('\n').First(l => l.Contains("FIRING", StringComparison.Ordinal)));

        var acked = await rui.RunAsync("session", "ack", id, alarmId);
        Assert.True(acked.ExitCode == 0, acked.ToString());
        Assert.Contains($"Acknowledged {alarmId}", acked.Output);
        Assert.Contains("as rui at 00:03:00", acked.Output);

        var look = await rui.RunAsync("session", "run", id, "--", "svcs", "-xv");
        Assert.True(look.ExitCode == 0, look.ToString());
        Assert.Contains("webapi", look.Output);
        var fix = await rui.RunAsync("session", "run", id, "--", "svcadm", "clear", "webapi");
        Assert.True(fix.ExitCode == 0, fix.ToString());
        Assert.StartsWith("cleared webapi", fix.Output);
        Assert.Equal("", fix.Error);

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var resolved = await rui.RunAsync("session", "resolve", id);
        Assert.Contains("status     resolved", resolved.Output);
        // A responder is not told the scenario before the debrief; the instigator is.
        Assert.Contains("scenario   (hidden until the debrief)", resolved.Output);
        Assert.Contains("scenario   manta-webapi-crash", started.Output);
        var assessed = await ana.RunAsync(
            "session", "assess", id, "--start", "0", "--end", "4", "--share", "get-object=0.4", "--share", "put-object=40%",
            "--root-cause", "webapi processes crashed into maintenance", "--summary", "cleared the maintenance state");
        Assert.True(assessed.ExitCode == 0, assessed.ToString());
        // What was saved, not the session again.
        Assert.Equal(
            "Assessment saved; the session is assessing.\nimpact     minute 0 to 4\nfailed     get-object 40.0%, put-object 40.0%\n"
            + "root cause webapi processes crashed into maintenance\nsummary    cleared the maintenance state\n",
            assessed.Output.ReplaceLineEndings("\n"));

        var debrief = await ines.RunAsync("session", "debrief", id, "--hold");
        Assert.True(debrief.ExitCode == 0, debrief.ToString());
        Assert.Contains("debrief of manta-webapi-crash", debrief.Output);
        Assert.Contains("time to ack        00:03:00", debrief.Output);
        Assert.Matches(@"get-object\s+40\.0%", debrief.Output);
        Assert.Contains("root cause         webapi processes crashed into maintenance", debrief.Output);
        var readAgain = await rui.RunAsync("session", "debrief", id, "--json");
        Assert.Equal(4, readAgain.Json().GetProperty("assessment").GetProperty("endMinute").GetInt64());

        var lesson = await rui.RunAsync("session", "lesson", id, "alert", "on", "services", "entering", "maintenance");
        Assert.True(lesson.ExitCode == 0, lesson.ToString());
        Assert.StartsWith("Saved: alert on services entering maintenance (rui)", lesson.Output);
        Assert.Contains("  - alert on services entering maintenance (rui)", lesson.Output);
        var suggestion = await rui.RunAsync("session", "lesson", id, "--kind", "practice", "stage", "it", "earlier");
        Assert.Contains("  - stage it earlier (rui, practiceSuggestion)", suggestion.Output);

        var file = Path.Combine(host.ClientFolder, $"report-{id}.md");
        var report = await rui.RunAsync("session", "report", id, "-o", file);
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains(file, report.Output);
        var markdown = await File.ReadAllTextAsync(file);
        Assert.StartsWith("# Postmortem draft: practice session of manta-webapi-crash", markdown, StringComparison.Ordinal);
        Assert.Contains("svcadm clear webapi", markdown);
        Assert.Contains("alert on services entering maintenance", markdown);

        var timeline = await ines.RunAsync("session", "timeline", id);
        Assert.Matches(@"(?m)^#\d+\s+00:03:00\s+rui\s+command\s+svcadm clear webapi$", timeline.Output);
        Assert.Matches(@"(?m)^#\d+\s+00:00:00\s+ines\s+inject\s+inject webapi-crash", timeline.Output);

        var closed = await ines.RunAsync("session", "close", id);
        Assert.Contains("status     closed", closed.Output);
        var listed = await ines.RunAsync("session", "list");
        Assert.Matches($@"{id}\s+{Scenario}\s+closed", listed.Output);
    }

    [Fact]
    public async Task Lesson_WhileAssessing_PrintsWhatWasSaved_AndExits0()
    {
        var (ines, rui, id) = await DraftSession.CreateAsync(host, "lesson");
        await ines.RunAsync("session", "start", id);
        await rui.RunAsync("session", "resolve", id);
        var assessed = await rui.RunAsync("session", "assess", id, "--start", "0", "--end", "1", "--root-cause", "none", "--summary", "calm");
        Assert.StartsWith("Assessment saved; the session is assessing.", assessed.Output, StringComparison.Ordinal);

        var lesson = await rui.RunAsync("session", "lesson", id, "--kind", "response", "page", "the", "owner", "first");
        var json = await ines.RunAsync("session", "lesson", id, "write", "the", "runbook", "--json");

        Assert.True(lesson.ExitCode == 0, lesson.ToString());
        Assert.Equal("Saved: page the owner first (rui-lesson, responseSuggestion)\nThe session has 1 lesson(s):\n  - page the owner first (rui-lesson, responseSuggestion)\n", lesson.Output.ReplaceLineEndings("\n"));
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Equal("write the runbook", json.Json().GetProperty("lesson").GetProperty("text").GetString());
        Assert.Equal(2, json.Json().GetProperty("lessons").GetArrayLength());
    }

    [Fact]
    public async Task JsonOutput_IsTheServersReply_AndParses()
    {
        var admin = Terminal.Admin(host);
        var ines = await admin.RegisterAsync("ines-json", canInstigate: true);
        var id = (await ines.RunAsync("session", "create", "--scenario", Scenario, "--json")).Json().GetProperty("id").GetString()!;

        var show = await ines.RunAsync("session", "show", id, "--json");
        var list = await ines.RunAsync("session", "list", "--json");
        var timeline = await ines.RunAsync("session", "timeline", id, "--json");
        var me = await ines.RunAsync("whoami", "--json");
        var mePlain = await ines.RunAsync("whoami");

        Assert.Equal(id, show.Json().GetProperty("id").GetString());
        Assert.Equal(1UL, show.Json().GetProperty("seed").GetUInt64());
        Assert.Contains(list.Json().EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.Equal(JsonValueKind.Array, timeline.Json().ValueKind);
        Assert.Contains(id, mePlain.Output, StringComparison.Ordinal);
        Assert.Equal("ines-json", me.Json().GetProperty("name").GetString());
        Assert.Contains(me.Json().GetProperty("participations").EnumerateArray(), p => p.GetProperty("role").GetString() == "instigator");
    }
}
