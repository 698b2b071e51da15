using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Scenarios;

/// <summary>
/// `stakeholders:` and `status_updates:` in a scenario file: read into the scenario, problems reported at their
/// line and column like every other key, and no text responders read before their debrief (hints, stakeholder
/// messages) may give the solution away.
/// </summary>
public sealed class StakeholderReaderTests
{
    private static readonly string Base = TestScenarios.Text("manta-webapi-crash");

    private static ScenarioLoadResult With(string block) =>
        ScenarioLoader.Load(Base.Replace("tools: [os, manta, database, coordination]", block + "\ntools: [os, manta, database, coordination]", StringComparison.Ordinal), "s.yaml");

    [Fact]
    public void StakeholdersAndCadence_AreRead()
    {
        var result = With("""
            stakeholders:
              - { id: support, from: Support (Dana), when: { impact: started, after: 2m }, text: Customers report failed downloads. Anything to tell them?, expects_answer: true }
              - { id: pm, from: Product (Maya), when: { alarm: object-errors }, text: Any ETA? }
              - { id: exec, from: Executive (Sam), at: 20m, text: Keep the status page current please. }
            status_updates: { every: 15m }
            """);

        var scenario = Assert.IsType<Scenario>(result.Scenario);
        Assert.Equal(TimeSpan.FromMinutes(15), scenario.StatusUpdates?.Every);
        Assert.Equal(3, scenario.Stakeholders.Length);
        Assert.Equal(new StakeholderTrigger(null, null, true, TimeSpan.FromMinutes(2)), scenario.Stakeholders[0].Trigger);
        Assert.True(scenario.Stakeholders[0].ExpectsAnswer);
        Assert.Equal("object-errors", scenario.Stakeholders[1].Trigger.Alarm);
        Assert.False(scenario.Stakeholders[1].ExpectsAnswer);
        Assert.Equal(TimeSpan.FromMinutes(20), scenario.Stakeholders[2].Trigger.At);
    }

    [Theory]
    [InlineData("  - { id: a, from: S, at: 1m, when: { impact: started }, text: hi }", "either 'at'")]
    [InlineData("  - { id: a, from: S, text: hi }", "either 'at'")]
    [InlineData("  - { id: a, from: S, when: { alarm: object-error }, text: hi }", "did you mean 'object-errors'")]
    [InlineData("  - { id: a, from: S, when: { impact: ended }, text: hi }", "must be 'started'")]
    [InlineData("  - { id: a, from: S, at: 1m, text: Have you tried svcadm clear? }", "reveals the solution: it names the remedy 'svcadm clear'")]
    [InlineData("  - { id: a, from: S, at: 1m, text: Is this a process crash? }", "it names the fault kind")]
    [InlineData("  - { id: a, from: S, at: 1m, text: hi, expect_answer: true }", "did you mean 'expects_answer'")]
    public void BadStakeholderMessages_AreProblemsAtTheirPosition(string item, string message)
    {
        var result = With("stakeholders:\n" + item);

        Assert.Null(result.Scenario);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal("s.yaml", problem.File);
        Assert.True(problem.Line > 100, $"line {problem.Line}");
    }

    [Fact]
    public void AHintThatRevealsTheSolution_IsAProblem()
    {
        var result = ScenarioLoader.Load(Base.Replace("Which services report problems on the hosts serving the web API?", "Did you try svcadm clear on webapi?", StringComparison.Ordinal), "h.yaml");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("a hint reveals the solution", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSolutionLeakCheck_LetsQuestionsAboutSymptomsThrough()
    {
        var scenario = TestScenarios.Manta;

        Assert.Null(SolutionLeak.Find("What does svcs -xv say on a webapi host?", scenario));
        Assert.Null(SolutionLeak.Find("Customers cannot download objects. What should I tell them?", scenario));
        Assert.NotNull(SolutionLeak.Find("Try `svcadm clear webapi-N` on each instance.", scenario));
        Assert.NotNull(SolutionLeak.Find("the restarter put each into maintenance after repeated failures", scenario));
    }
}
