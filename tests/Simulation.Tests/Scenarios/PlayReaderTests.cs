using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Scenarios;

/// <summary>Plays in scenario files: read as written, and every mistake reported at file:line:col.</summary>
public sealed class PlayReaderTests
{
    private const string Good = """
          - name: roll back
            steps:
              - { at: 6m, run: config show webapi }
              - { at: 420, run: config rollback webapi }
            outcome: { restored: true, impact_start: 3m..4m, impact_end: 5m..10m }
          - name: nothing
            steps: []
            outcome: { restored: false }
        """;

    [Fact]
    public void Plays_AreReadWithTheirStepsAndOutcomes()
    {
        var scenario = Load(Good).Scenario!;

        Assert.Equal(["roll back", "nothing"], scenario.Plays.Select(p => p.Name));
        Assert.Equal(new PlayStep(TimeSpan.FromMinutes(7), "config rollback webapi"), scenario.Plays[0].Steps[1]);
        Assert.Equal(new PlayOutcome(true, new TimeWindow(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(4)), new TimeWindow(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10))), scenario.Plays[0].Outcome);
        Assert.Empty(scenario.Plays[1].Steps);
    }

    [Theory]
    [InlineData("run: config rollback webapi }", "run: confg rollback webapi }", "unknown command: confg: command not found")]
    [InlineData("run: config rollback webapi }", "run: kubectl rollout undo deployment/webapi }", "the kubernetes tool pack is not part of this scenario")]
    [InlineData("at: 420,", "at: soon,", "'at' in a step of play 'roll back' must be a duration")]
    [InlineData("at: 420,", "at: 5m,", "steps of play 'roll back' must be in time order: 5m comes after 6m")]
    [InlineData("outcome: { restored: false }", "outcome: { impact_end: 5m..10m }", "the outcome of play 'nothing' must say 'restored: true' or 'restored: false'")]
    [InlineData("\n    outcome: { restored: false }", "", "missing required key 'outcome' in a play")]
    [InlineData("impact_end: 5m..10m", "impact_end: 10m..5m", "'impact_end' of play 'roll back' must be a range of times such as 10m..14m")]
    [InlineData("- name: nothing", "- name: roll back", "duplicate play name 'roll back'")]
    public void AMistakeInAPlay_IsReportedWhereItIs(string find, string replace, string message)
    {
        var result = Load(Good.Replace(find, replace));

        Assert.Null(result.Scenario);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(message, problem.Message);
        Assert.Matches(@"^plays\.yaml:\d+:\d+: ", problem.ToString());
        Assert.True(problem.Line > 140, $"line {problem.Line} is in the plays section");
    }

    [Fact]
    public void After_MustNameAnotherInject()
    {
        var text = Text(Good).Replace("    target: webapi\n    at: 3m\n", "    target: webapi\n    at: 3m\n    after: zero-max-socket\n");

        var problem = Assert.Single(ScenarioLoader.Load(text, "plays.yaml").Problems);

        Assert.Contains("'after' of inject 'zero-max-sockets' refers to 'zero-max-socket'", problem.Message);
    }

    [Fact]
    public void After_ThatGoesRoundInACircle_IsAProblem()
    {
        var text = Text(Good)
            .Replace("injects:\n", "injects:\n  - { id: other, kind: process-crash, target: webapi, at: 5m, after: zero-max-sockets }\n")
            .Replace("    target: webapi\n    at: 3m\n", "    target: webapi\n    at: 3m\n    after: other\n");

        var problems = ScenarioLoader.Load(text, "plays.yaml").Problems;

        Assert.Equal(2, problems.Length);
        Assert.All(problems, p => Assert.Contains("goes round in a circle", p.Message));
        Assert.Contains("other after zero-max-sockets after other", problems[0].Message + problems[1].Message);
    }

    [Fact]
    public void AValidRuleThatIsNotARangeOrSet_IsAProblem()
    {
        var text = Text(Good).Replace("valid: \"64..1024\"", "valid: \"1024..64\"");

        var problem = Assert.Single(ScenarioLoader.Load(text, "plays.yaml").Problems);

        Assert.Contains("parameter 'valid' of inject 'zero-max-sockets': '1024..64' is not a range", problem.Message);
    }

    private static ScenarioLoadResult Load(string plays) => ScenarioLoader.Load(Text(plays), "plays.yaml");

    private static string Text(string plays)
    {
        var text = TestScenarios.Text("manta-webapi-bad-config-push");
        return text[..text.IndexOf("\nplays:", StringComparison.Ordinal)] + "\nplays:\n" + plays + "\n";
    }
}
