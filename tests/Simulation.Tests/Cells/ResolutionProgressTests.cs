using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Cells;

/// <summary>Resolution criteria in the scenario's own YAML terms, and how far a cell is from each of them.</summary>
public sealed class ResolutionProgressTests
{
    private const string BadConfig = "manta-webapi-bad-config-push";

    public static TheoryData<string> ScenarioIds => [.. Directory.GetFiles(TestScenarios.Directory, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ScenarioIds))]
    public void EveryCriterion_ReadsAsTheScenarioFileWritesIt(string scenarioId)
    {
        var text = TestScenarios.Text(scenarioId);

        Assert.All(TestScenarios.Load(scenarioId).Resolution, criterion => Assert.Contains("- " + criterion.ToYaml() + "\n", text, StringComparison.Ordinal));
    }

    [Fact]
    public void AFaultClearedCriterion_NamesItsInject()
    {
        var criterion = new ResolutionCriterion(ResolutionKind.FaultCleared, "webapi-crash", 0, TimeSpan.Zero);

        Assert.Equal("{ kind: fault-cleared, target: webapi-crash }", criterion.ToYaml());
    }

    [Fact]
    public void WhileHalfTheWebApiIsDown_EachUnmetCriterionSaysHowFarTheCellIs()
    {
        var cell = Cell.Create(TestScenarios.Manta, 3);
        cell.RunUntil(360);

        var report = cell.ResolutionReport;

        Assert.All(report, r => Assert.False(r.Met));
        Assert.Matches(@"^[0-9] of 6 instances online and in rotation$", Progress(report, ResolutionKind.AllOnline));
        Assert.Matches(@"^errors below 1% for [0-9ms]+ of 5m \(at [0-9.]+% now\)$", Progress(report, ResolutionKind.ErrorRateBelow));
        Assert.Equal("the fault is still active", Progress(report, ResolutionKind.FaultCleared));
        Assert.StartsWith("{ kind: all-online, target: webapi }: not met, ", report[0].Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhileEveryRequestFails_TheErrorRateCriterionSaysHowHighTheErrorsAre()
    {
        var cell = Cell.Create(TestScenarios.Load(BadConfig), 3);
        cell.RunUntil(360);

        Assert.Matches(@"^errors at [0-9.]+%, not below 1%$", Progress(cell.ResolutionReport, ResolutionKind.ErrorRateBelow));
    }

    [Fact]
    public void AfterTheFix_TheErrorRateCriterionCountsTheMinutesItHeld_UntilItIsMet()
    {
        var cell = Cell.Create(TestScenarios.Load(BadConfig), 3);
        cell.RunUntil(360);
        Assert.True(cell.Execute("config rollback webapi").Ok);
        var guard = cell.Now + 600;
        while (!Progress(cell.ResolutionReport, ResolutionKind.ErrorRateBelow).StartsWith("errors below", StringComparison.Ordinal) && cell.Now < guard)
        {
            cell.Tick();
        }

        // Counted from the first good second, as the cell counts it for its restoration.
        Assert.StartsWith("errors below 1% for 0s of 5m (at ", Progress(cell.ResolutionReport, ResolutionKind.ErrorRateBelow), StringComparison.Ordinal);

        cell.RunUntil(cell.Now + 180);
        var threeMinutesIn = cell.ResolutionReport;
        cell.RunUntil(cell.Now + 120);
        var fiveMinutesIn = cell.ResolutionReport;

        Assert.StartsWith("errors below 1% for 3m of 5m (at ", Progress(threeMinutesIn, ResolutionKind.ErrorRateBelow), StringComparison.Ordinal);
        Assert.False(threeMinutesIn.Single(r => r.Criterion.Kind == ResolutionKind.ErrorRateBelow).Met);
        Assert.Equal("the fault is mitigated", Progress(threeMinutesIn, ResolutionKind.FaultCleared));
        Assert.True(fiveMinutesIn.Single(r => r.Criterion.Kind == ResolutionKind.ErrorRateBelow).Met);
        Assert.StartsWith("errors below 1% for 5m (at ", Progress(fiveMinutesIn, ResolutionKind.ErrorRateBelow), StringComparison.Ordinal);
        Assert.True(cell.IsRestored);
    }

    [Fact]
    public void AReplicationCriterion_NamesThePeersAndTheLag()
    {
        var cell = Cell.Create(TestScenarios.Load("manta-manatee-stuck-failover"), 3);
        cell.RunUntil(60);

        var progress = Progress(cell.ResolutionReport, ResolutionKind.ReplicationHealthy);

        Assert.Matches(@"^primary \S+ up, sync replica \S+ [0-9]+ s behind \(at most 5 s\)$", progress);
    }

    private static string Progress(IEnumerable<ResolutionProgress> report, ResolutionKind kind) => report.First(r => r.Criterion.Kind == kind).Progress;
}
