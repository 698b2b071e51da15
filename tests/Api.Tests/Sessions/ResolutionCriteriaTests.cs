using System.Collections.Immutable;
using System.Text.Json;
using PracticePlatform.Contracts.Scenarios;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Why a cell is not restored: each resolution criterion in the scenario's YAML terms, met or how far from it.</summary>
public sealed class ResolutionCriteriaTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string AllOnline = "{ kind: all-online, target: webapi }";
    private const string ErrorRate = "{ kind: error-rate-below, target: \"*\", threshold: 0.01, for: 5m }";
    private const string FaultCleared = "{ kind: fault-cleared, target: webapi-crash }";

    [Fact]
    public async Task Declaring_WhileCriteriaAreUnmet_Succeeds_WithAWarningCountingThem_OnTheAnswerAndTheTimeline()
    {
        using var g = await CrashedAsync();

        var declared = await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        var timeline = await g["rui"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");

        Assert.Equal(SessionStatus.Resolved, declared.Status);
        var warning = Assert.Single(declared.Warnings, w => w.Contains("resolution criteria", StringComparison.Ordinal));
        Assert.Equal("3 of the scenario's resolution criteria are not met yet; the debrief names each and how far the cell was from it.", warning);
        // Responders read it before the debrief, when the criteria (what the fix must reach) are still secret.
        Assert.DoesNotContain("kind:", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("webapi", warning, StringComparison.Ordinal);
        var entry = Assert.Single(timeline, e => e.Kind == TimelineKind.Restored);
        Assert.Equal("Service declared restored. Warning: " + warning, entry.Text);
    }

    [Fact]
    public async Task TheDebrief_SaysPerCriterionWhetherItWasMet_AndHowFar_InJsonTheReportAndTheScenario()
    {
        using var g = await CrashedAsync();
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "s" });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");

        var json = await g["rui"].GetAsync<JsonElement>($"/api/sessions/{g.Id}/debrief");
        var report = await g["rui"].Http.GetStringAsync($"/api/sessions/{g.Id}/report.md");
        var scenario = await g["rui"].GetAsync<ScenarioDetails>($"/api/scenarios/{PracticeFlowTests.Scenario}");

        Assert.False(json.GetProperty("cellRestored").GetBoolean());
        var criteria = json.GetProperty("resolution").EnumerateArray().ToArray();
        Assert.Equal([AllOnline, ErrorRate, FaultCleared], criteria.Select(c => c.GetProperty("criterion").GetString()!).ToArray());
        Assert.All(criteria, c => Assert.False(c.GetProperty("met").GetBoolean()));
        Assert.Matches(@"^[0-9] of 6 instances online and in rotation$", criteria[0].GetProperty("progress").GetString());
        Assert.Equal("the fault is still active", criteria[2].GetProperty("progress").GetString());
        Assert.Contains("## Resolution criteria", report, StringComparison.Ordinal);
        Assert.Matches(@"\| `\{ kind: all-online, target: webapi \}` \| no \| [0-9] of 6 instances online and in rotation \|", report);
        Assert.Contains("| `" + FaultCleared + "` | no | the fault is still active |", report, StringComparison.Ordinal);
        Assert.Equal([AllOnline, ErrorRate, FaultCleared], scenario.Resolution!.Value.ToArray());
    }

    /// <summary>A running practice whose webapi crashed half a minute ago.</summary>
    private async Task<PracticeGroup> CrashedAsync()
    {
        var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        return g;
    }
}
