using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Catalog;

/// <summary>What the catalog as a whole promises practising teams: enough scenarios, enough for beginners, plays to
/// trust each one, and the postmortem behind every scenario drawn from a real incident.</summary>
public sealed class CatalogCompositionTests
{
    /// <summary>Scenarios modelled on a public postmortem; each must name it.</summary>
    private static readonly string[] FromPublicPostmortems =
    [
        "aws-dynamodb-dns-race",
        "azure-leap-day-certificates",
        "cloudflare-bot-feature-file",
        "cloudflare-etcd-slow-member-failover",
        "cloudflare-etcd-partial-switch-failure",
        "cloudflare-waf-regex-cpu",
        "crowdstrike-channel-file-boot-loop",
        "facebook-backbone-withdrawal",
        "fastly-customer-config-latent-bug",
        "gcp-service-control-crash-loop",
        "github-east-west-split-brain",
        "letsencrypt-root-chain-switch",
        "openai-telemetry-control-plane",
        "purelymail-open-file-limit",
    ];

    /// <summary>Words that, in a beginner scenario's alarm, would hand responders the answer before any diagnosis.</summary>
    private static readonly string[] AnswerWords =
        ["process-down", "crash", "disk", "certificate", "cert-", "config", "starvation", "agent", "expired", "leak"];

    [Fact]
    public void Catalog_HasAtLeast24Scenarios()
    {
        Assert.True(BuiltInScenarios.Catalog.Count >= 24, $"the catalog has {BuiltInScenarios.Catalog.Count} scenarios");
    }

    [Fact]
    public void AtLeastAThirdOfTheCatalog_IsForBeginners()
    {
        var scenarios = BuiltInScenarios.Catalog.Scenarios.ToList();
        var beginners = scenarios.Count(s => s.Difficulty == Difficulty.Beginner);

        Assert.True(beginners * 3 >= scenarios.Count, $"{beginners} of {scenarios.Count} scenarios are for beginners");
    }

    [Theory]
    [MemberData(nameof(BuiltInScenarios.Ids), MemberType = typeof(BuiltInScenarios))]
    public void Scenario_HasTheFixDoingNothingAndTwoWrongFixes(string id)
    {
        var plays = BuiltInScenarios.Get(id).Plays;

        Assert.True(plays.Length >= 4, $"{id} has {plays.Length} plays");
        Assert.Contains(plays, p => p.Outcome.Restored);
        Assert.Contains(plays, p => !p.Outcome.Restored && p.Steps.IsEmpty);
        Assert.True(plays.Count(p => !p.Outcome.Restored && !p.Steps.IsEmpty) >= 2, $"{id} needs two wrong fixes that must not restore");
    }

    [Theory]
    [MemberData(nameof(PostmortemIds))]
    public void ScenarioFromAPostmortem_NamesItsSource_AndSaysWhatReallyHappened(string id)
    {
        var scenario = BuiltInScenarios.Get(id);

        Assert.StartsWith("https://", scenario.Source, StringComparison.Ordinal);
        Assert.Contains("What really happened", scenario.Solution, StringComparison.Ordinal);
        Assert.Contains("leaves out", scenario.InstigatorNotes, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BuiltInScenarios.Ids), MemberType = typeof(BuiltInScenarios))]
    public void BeginnerScenario_AlarmsDescribeSymptomsNotTheAnswer(string id)
    {
        var scenario = BuiltInScenarios.Get(id);
        if (scenario.Difficulty != Difficulty.Beginner)
        {
            return;
        }

        Assert.All(scenario.AlarmRules, rule =>
            Assert.DoesNotContain(AnswerWords, word => rule.Id.Contains(word, StringComparison.OrdinalIgnoreCase)));
        Assert.All(scenario.Injects, inject => Assert.DoesNotContain(inject.Id, scenario.Summary, StringComparison.OrdinalIgnoreCase));
    }

    public static TheoryData<string> PostmortemIds => new(FromPublicPostmortems);
}
