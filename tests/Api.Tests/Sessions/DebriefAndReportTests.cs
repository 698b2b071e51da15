using System.Net.Http.Json;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

public sealed class DebriefAndReportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Lessons_FromEveryone_AppearInTheDebriefAndTheMarkdownReport()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm restart nosuchservice" });
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await g.Ines.PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "hint", text = "what state are the webapi services in?" });
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["ana"].PostAsync<SessionView>(g.Id, "assessment", new
        {
            startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double> { ["get-object"] = 0.5 }, rootCause = "webapi | crashed", summary = "cleared maintenance",
        });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");

        await g["eva"].PostAsync<SavedLesson>(g.Id, "lessons", new { text = "alert on services entering maintenance" });
        await g["obi"].PostAsync<SavedLesson>(g.Id, "lessons", new { text = "document svcadm clear in the runbook" });
        await g.Ines.PostAsync<SavedLesson>(g.Id, "lessons", new { text = "stage the second crash earlier", kind = "practiceSuggestion" });
        var debrief = await g["rui"].GetAsync<Debrief>($"/api/sessions/{g.Id}/debrief");
        var unknownKind = await g.Ines.PostAsync(g.Id, "lessons", new { text = "x", kind = "gossip" });
        var report = await g["rui"].Http.GetStringAsync($"/api/sessions/{g.Id}/report.md");

        Assert.Equal(new[] { "alert on services entering maintenance", "document svcadm clear in the runbook", "stage the second crash earlier" }, debrief.Lessons.Select(l => l.Text).ToArray());
        Assert.Equal([LessonKind.Lesson, LessonKind.Lesson, LessonKind.PracticeSuggestion], debrief.Lessons.Select(l => l.Kind).ToArray());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknownKind.StatusCode);
        Assert.Contains("### Suggestions for the practice\n\n- stage the second crash earlier (ines)", report.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("what state are the webapi services in?", Assert.Single(debrief.HintsUsed));
        Assert.Contains(debrief.BlindAlleys, b => b.Contains("nosuchservice", StringComparison.Ordinal));
        Assert.StartsWith("# Postmortem draft: practice session of manta-webapi-crash", report, StringComparison.Ordinal);
        Assert.Contains("- alert on services entering maintenance (eva)", report, StringComparison.Ordinal);
        Assert.Contains("webapi \\| crashed", report, StringComparison.Ordinal);
        Assert.Contains("| get-object | 50.0% |", report, StringComparison.Ordinal);
        Assert.Contains("svcadm clear webapi", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lesson_WhileAssessingAndAfterTheDebrief_AnswersTheSavedLessonAndEveryLessonSoFar()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "x", summary = "y" });

        var assessing = await g["ana"].Http.PostAsJsonAsync($"/api/sessions/{g.Id}/lessons", new { text = "  page the owner first ", kind = "responseSuggestion" }, PracticeClient.Json);
        var whileAssessing = await PracticeClient.ReadAsync<SavedLesson>(assessing);
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        var afterDebrief = await g["obi"].PostAsync<SavedLesson>(g.Id, "lessons", new { text = "write the runbook" });

        Assert.Equal("application/json", assessing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("ana", "page the owner first", LessonKind.ResponseSuggestion), (whileAssessing.Lesson.By, whileAssessing.Lesson.Text, whileAssessing.Lesson.Kind));
        Assert.Equal([whileAssessing.Lesson], whileAssessing.Lessons.ToArray());
        Assert.Equal(("obi", "write the runbook", LessonKind.Lesson), (afterDebrief.Lesson.By, afterDebrief.Lesson.Text, afterDebrief.Lesson.Kind));
        Assert.Equal(["page the owner first", "write the runbook"], afterDebrief.Lessons.Select(l => l.Text).ToArray());
    }

    [Fact]
    public async Task Report_BeforeTheDebrief_Is409()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);

        var response = await g["rui"].Http.GetAsync($"/api/sessions/{g.Id}/report.md");

        Assert.Equal(System.Net.HttpStatusCode.Conflict, response.StatusCode);
    }
}
