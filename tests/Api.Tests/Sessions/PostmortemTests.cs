using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PracticePlatform.Contracts.Postmortems;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// The collaborative postmortem: prefilled facts, sections saved on the version read (two editors never overwrite each
/// other), history of who changed what, who may read it when, and its Markdown export.
/// </summary>
public sealed class PostmortemTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Hint = "what state are the webapi services in?";

    [Fact]
    public async Task TwoPeopleEditingTheSameSection_TheSecondSaveOnTheOldVersion_Is409NamingWhoSavedIt_AndReapplyingSucceeds()
    {
        using var g = await DebriefedAsync();
        var readByRui = await g["rui"].GetAsync<PostmortemView>(Url(g));
        var readByAna = await g["ana"].GetAsync<PostmortemView>(Url(g));
        var summaryVersion = readByAna.Sections.Single(s => s.Name == "summary").Version;

        var saved = await Saved(await PutAsync(g["rui"], g, "summary", new { version = readByRui.Sections.Single(s => s.Name == "summary").Version, text = "rui: webapi crashed" }));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var stale = await PutAsync(g["ana"], g, "summary", new { version = summaryVersion, text = "ana: half of webapi went into maintenance" });
        var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement;
        var reapplied = await Saved(await PutAsync(g["ana"], g, "summary", new { version = problem.GetProperty("currentVersion").GetInt32(), text = "ana: half of webapi went into maintenance" }));
        var after = await g.Ines.GetAsync<PostmortemView>(Url(g));

        Assert.Equal((0, 1), (summaryVersion, saved.Version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Contains("saved by rui", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("version 1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("rui", problem.GetProperty("editedBy").GetString());
        Assert.Equal("rui: webapi crashed", problem.GetProperty("current").GetProperty("text").GetString());
        Assert.Equal((2, "ana: half of webapi went into maintenance", "ana"), (reapplied.Version, reapplied.Text, reapplied.EditedBy));
        var summary = after.Sections.Single(s => s.Name == "summary");
        Assert.Equal(reapplied.Text, summary.Text);
        // Newest first: who changed what, with the text before and after.
        Assert.Equal(
            [(2, "ana", "rui: webapi crashed", "ana: half of webapi went into maintenance"), (1, "rui", "", "rui: webapi crashed")],
            summary.History.Select(h => (h.Version, h.By, h.Before, h.After)).ToArray());
        Assert.True(summary.History[0].At > summary.History[1].At);
    }

    [Fact]
    public async Task EditsToDifferentSections_DoNotConflict_AndTheDocumentVersionCountsEverySave()
    {
        using var g = await DebriefedAsync();

        var well = await PutAsync(g["rui"], g, "went-well", new { version = 0, text = "the alarm fired within a minute" });
        var poorly = await PutAsync(g["obi"], g, "went-poorly", new { version = 0, text = "nobody checked svcs first" });
        var factors = await PutAsync(g.Admin, g, "contributing-factors", new { version = 0, text = "no runbook for maintenance state" });
        using var read = await g["eva"].Http.GetAsync(Url(g));
        var view = await PracticeClient.ReadAsync<PostmortemView>(read);

        Assert.All(new[] { well, poorly, factors }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(3, view.Version);
        Assert.Equal("\"3\"", read.Headers.ETag?.Tag);
        Assert.True(view.Editable);
        Assert.Equal(["summary", "contributing-factors", "went-well", "went-poorly", "action-items"], view.Sections.Select(s => s.Name).ToArray());
        Assert.Equal(("obi", 1), (view.Sections.Single(s => s.Name == "went-poorly").EditedBy, view.Sections.Single(s => s.Name == "went-poorly").Version));
        Assert.Equal("admin", view.Sections.Single(s => s.Name == "contributing-factors").EditedBy);
    }

    [Fact]
    public async Task ThePrefill_HoldsTheImpactWindowBesideTheTruth_AndTheTimelineOfTheResponse()
    {
        using var g = await DebriefedAsync();
        var debrief = await g["rui"].GetAsync<Debrief>($"/api/sessions/{g.Id}/debrief");

        var facts = (await g["rui"].GetAsync<PostmortemView>(Url(g))).Facts;

        Assert.Equal(PracticeFlowTests.Scenario, facts.ScenarioId);
        Assert.Equal((0L, 1L), (facts.Impact.AssessedStartMinute, facts.Impact.AssessedEndMinute));
        Assert.Equal((debrief.ImpactStartMinute, debrief.ImpactOngoing ? null : debrief.ImpactEndMinute), (facts.Impact.StartMinute, facts.Impact.EndMinute));
        Assert.Equal(0.5, facts.Impact.RequestTypes.Single(r => r.RequestType == "get-object").AssessedFailedShare);
        Assert.Equal("webapi crashed", facts.Impact.RootCause);
        var kinds = facts.Milestones.Where(m => m.Second is not null).Select(m => m.Kind).ToList();
        Assert.Equal(["injected", "detected", "mitigated", "resolved"], kinds.Where(k => k is "injected" or "detected" or "mitigated" or "resolved").ToArray());
        var mitigated = facts.Milestones.Single(m => m.Kind == "mitigated");
        Assert.Equal(("Mitigated: svcadm clear webapi", "rui", debrief.TimeToMitigateSeconds), (mitigated.Label, mitigated.By, mitigated.SinceInjectionSeconds));
        Assert.Equal(debrief.TimeToDetectSeconds, facts.Milestones.Single(m => m.Kind == "detected").SinceInjectionSeconds);
        Assert.Equal("rui", facts.Milestones.Single(m => m.Kind == "resolved").By);
        Assert.Equal("svcadm clear webapi", Assert.Single(Block(facts, "commands-that-mattered").Entries).Text);
        Assert.Contains(Block(facts, "blind-alleys").Entries, e => e.Text.Contains("nosuchservice", StringComparison.Ordinal) && e.By == "rui");
        Assert.Equal(Hint, Assert.Single(Block(facts, "hints").Entries).Text);
        Assert.Equal(5, facts.Roster.Length);
        Assert.Null(facts.Assembly);
    }

    [Fact]
    public async Task BeforeTheDebrief_ResponderAndObserverGet403AndLearnNothing_InstigatorGets409_OutsidersGet403()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        var (_, outsider) = await g.Admin.RegisterAsync(factory, "outsider-pm");
        using var outsiderClient = outsider;

        foreach (var reader in new[] { g["rui"], g["obi"], outsider })
        {
            foreach (var response in new[]
            {
                await reader.Http.GetAsync(Url(g)),
                await reader.Http.GetAsync($"/api/sessions/{g.Id}/postmortem.md"),
                await PutAsync(reader, g, "summary", new { version = 0, text = "guess" }),
            })
            {
                var body = await response.Content.ReadAsStringAsync();
                await ProblemAssert.IsAsync(response, HttpStatusCode.Forbidden, "");
                Assert.DoesNotContain("webapi", body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(PracticeFlowTests.Scenario, body, StringComparison.Ordinal);
                Assert.DoesNotContain("running", body, StringComparison.OrdinalIgnoreCase);
            }
        }
        await ProblemAssert.IsAsync(await g.Ines.Http.GetAsync(Url(g)), HttpStatusCode.Conflict, "debrief has not been held");
        await ProblemAssert.IsAsync(await PutAsync(g.Admin, g, "summary", new { version = 0, text = "too early" }), HttpStatusCode.Conflict, "debrief has not been held");
    }

    [Fact]
    public async Task UnknownSection_Is404ListingTheSections_AndBadContentIs400NamingTheLimit()
    {
        using var g = await DebriefedAsync();

        await ProblemAssert.IsAsync(await PutAsync(g["rui"], g, "timeline", new { version = 0, text = "x" }), HttpStatusCode.NotFound,
            "the sections are summary, contributing-factors, went-well, went-poorly, action-items");
        await ProblemAssert.IsAsync(await PutAsync(g["rui"], g, "summary", new { version = 0, text = new string('x', PostmortemSections.MaxTextLength + 1) }), HttpStatusCode.BadRequest,
            $"at most {PostmortemSections.MaxTextLength} characters");
        await ProblemAssert.IsAsync(await PutAsync(g["rui"], g, "summary", new { version = 0 }), HttpStatusCode.BadRequest, "needs 'text'");
        await ProblemAssert.IsAsync(await PutAsync(g["rui"], g, "action-items", new { version = 0, items = new[] { new { text = "fix it", owner = "nobody-here" } } }), HttpStatusCode.BadRequest,
            "must be one of the session's participants");
        await ProblemAssert.IsAsync(await PutAsync(g["rui"], g, "action-items", new { version = 0, text = "fix it" }), HttpStatusCode.BadRequest, "takes 'items'");
        await ProblemAssert.IsAsync(await PutAsync(g["rui"], g, "action-items", new { version = 0, items = Enumerable.Range(0, PostmortemSections.MaxActionItems + 1).Select(i => new { text = $"item {i}", owner = "rui" }) }),
            HttpStatusCode.BadRequest, $"at most {PostmortemSections.MaxActionItems} action items");
        await ProblemAssert.IsAsync(await PutAsync(g["rui"], g, "action-items", new { version = 0, items = new object?[] { null } }), HttpStatusCode.BadRequest, "items[0] is null");
        Assert.Equal(0, (await g["rui"].GetAsync<PostmortemView>(Url(g))).Version);
    }

    [Fact]
    public async Task ActionItems_OwnedByParticipantsByNameOrId_AndTheMarkdownExport_HoldsFactsAndSections()
    {
        using var g = await DebriefedAsync();
        await Saved(await PutAsync(g["ana"], g, "summary", new { version = 0, text = "webapi | crashed into <maintenance>" }));
        var items = await Saved(await PutAsync(g["rui"], g, "action-items", new
        {
            version = 0,
            items = new object[]
            {
                new { text = "alert on services entering maintenance", owner = "ANA" },
                new { text = "write the svcadm runbook", owner = g.Person("eva").Id.ToString(), done = true },
            },
        }));

        var markdown = (await g["obi"].Http.GetStringAsync($"/api/sessions/{g.Id}/postmortem.md")).ReplaceLineEndings("\n");

        Assert.Equal([("ana", (Guid?)g.Person("ana").Id, false), ("eva", g.Person("eva").Id, true)], items.Items.Select(i => (i.Owner, i.OwnerId, i.Done)).ToArray());
        Assert.StartsWith($"# Postmortem: practice session of {PracticeFlowTests.Scenario}", markdown, StringComparison.Ordinal);
        Assert.Contains("## Summary\n\nwebapi | crashed into &lt;maintenance>\n\n_Version 1, last edited by ana", markdown, StringComparison.Ordinal);
        Assert.Contains("| assessed | 0 | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| ground truth |", markdown, StringComparison.Ordinal);
        Assert.Contains("| get-object | 50.0% |", markdown, StringComparison.Ordinal);
        Assert.Contains("Mitigated: svcadm clear webapi | rui |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Blind alleys", markdown, StringComparison.Ordinal);
        Assert.Contains(Hint, markdown, StringComparison.Ordinal);
        Assert.Contains("## Contributing factors\n\n_Not written yet._", markdown, StringComparison.Ordinal);
        Assert.Contains("## Action items\n\n- [ ] alert on services entering maintenance (owner: ana)\n- [x] write the svcadm runbook (owner: eva)", markdown, StringComparison.Ordinal);
        Assert.Contains("- obi (observer)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnceTheSessionIsClosed_ThePostmortemIsFinal_ReadableButNotEditable()
    {
        using var g = await DebriefedAsync();
        await Saved(await PutAsync(g["rui"], g, "went-well", new { version = 0, text = "calm channel" }));
        await g.Ines.PostAsync<SessionView>(g.Id, "close");

        var view = await g["rui"].GetAsync<PostmortemView>(Url(g));
        var edit = await PutAsync(g.Ines, g, "went-well", new { version = 1, text = "changed later" });

        Assert.False(view.Editable);
        Assert.Equal("calm channel", view.Sections.Single(s => s.Name == "went-well").Text);
        await ProblemAssert.IsAsync(edit, HttpStatusCode.Conflict, "final");
    }

    private async Task<PracticeGroup> DebriefedAsync()
    {
        var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        // Long enough for the alarm to fire, so that the response has every milestone.
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm restart nosuchservice" });
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await g.Ines.PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "hint", text = Hint });
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["ana"].PostAsync<SessionView>(g.Id, "assessment", new
        {
            startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double> { ["get-object"] = 0.5 }, rootCause = "webapi crashed", summary = "cleared maintenance",
        });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        return g;
    }

    private static string Url(PracticeGroup g) => $"/api/sessions/{g.Id}/postmortem";

    private static Task<HttpResponseMessage> PutAsync(PracticeClient client, PracticeGroup g, string section, object body) =>
        client.Http.PutAsJsonAsync($"/api/sessions/{g.Id}/postmortem/sections/{section}", body, PracticeClient.Json);

    private static Task<PostmortemSection> Saved(HttpResponseMessage response) => PracticeClient.ReadAsync<PostmortemSection>(response);

    private static PostmortemFactBlock Block(PostmortemFacts facts, string key) => facts.Blocks.Single(b => b.Key == key);
}
