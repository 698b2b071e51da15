using PracticePlatform.Simulation.Plays;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Plays;

public sealed class PlayVerifierTests
{
    [Fact]
    public void APlayThatClaimsTooMuch_Fails_AndSaysWhichCriteriaDoNotHold()
    {
        var scenario = WithPlays("""
              - name: restart only
                steps:
                  - { at: 7m, run: svcadm restart webapi }
                outcome: { restored: true }
            """);

        var result = Assert.Single(PlayVerifier.Verify(scenario));

        Assert.False(result.Passed);
        Assert.Contains("expected restored", result.Reason);
        Assert.Contains("{ kind: fault-cleared, target: zero-max-sockets }: not met", result.Reason);
    }

    [Fact]
    public void AWrongFixClaimedToRestore_IsNotConfused_WithDoingNothingClaimedNotTo()
    {
        var scenario = WithPlays("""
              - name: nothing
                steps: []
                outcome: { restored: false, impact_start: 3m..4m }
              - name: rollback
                steps:
                  - { at: 7m, run: config rollback webapi }
                outcome: { restored: false }
            """);

        var results = PlayVerifier.Verify(scenario);

        Assert.True(results[0].Passed, results[0].Reason);
        Assert.False(results[1].Passed);
        Assert.Contains("expected not restored, but service was restored", results[1].Reason);
    }

    [Fact]
    public void AnImpactWindowOutsideTheRange_Fails_WithTheMinuteItReallyWas()
    {
        var scenario = WithPlays("""
              - name: rollback late
                steps:
                  - { at: 20m, run: config rollback webapi }
                outcome: { restored: true, impact_end: 5m..8m }
              - name: nothing
                steps: []
                outcome: { restored: false, impact_end: 5m..8m }
            """);

        var results = PlayVerifier.Verify(scenario);

        Assert.Matches(@"expected impact end within 5m\.\.8m, but it was at (19|20|21)m", results[0].Reason);
        Assert.Contains("the impact is still ongoing", results[1].Reason);
    }

    [Fact]
    public void AStepTheCellRefuses_FailsThePlay_NamingTheStep()
    {
        var scenario = WithPlays("""
              - name: typo in the target
                steps:
                  - { at: 7m, run: config rollback webapj }
                outcome: { restored: true }
            """);

        var result = Assert.Single(PlayVerifier.Verify(scenario));

        Assert.False(result.Passed);
        Assert.Contains("step at 7m 'config rollback webapj' failed", result.Reason);
    }

    [Fact]
    public void Verifying_IsRepeatable()
    {
        var scenario = TestScenarios.Load("shop-retry-storm");

        Assert.Equal(
            PlayVerifier.Verify(scenario).Select(r => (r.Passed, r.Truth.ImpactStartMinute, r.Truth.ImpactEndMinute)),
            PlayVerifier.Verify(scenario).Select(r => (r.Passed, r.Truth.ImpactStartMinute, r.Truth.ImpactEndMinute)));
    }

    private static Scenario WithPlays(string plays)
    {
        var text = TestScenarios.Text("manta-webapi-bad-config-push");
        text = text[..text.IndexOf("\nplays:", StringComparison.Ordinal)] + "\nplays:\n" + plays + "\n";
        var result = ScenarioLoader.Load(text, "plays.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Scenario!;
    }
}
