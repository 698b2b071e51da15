using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    [Fact]
    public void Load_ExampleScenario_Succeeds()
    {
        var scenario = TestScenarios.Manta;

        Assert.Equal("manta-webapi-crash", scenario.Id);
        Assert.Equal(EnvironmentKind.Manta, scenario.Environment.Kind);
        Assert.Equal(6, scenario.Environment.Services.Single(s => s.Id == "webapi").Instances.Length);
        Assert.Equal("webapi-1", scenario.Environment.Services.Single(s => s.Id == "webapi").Instances[0].Id);
        Assert.Equal(TimeSpan.FromMinutes(3), scenario.Injects[0].At);
    }

    [Fact]
    public void Load_Source_IsOptional_AndReadWhenGiven()
    {
        var text = TestScenarios.Text("manta-webapi-crash");

        var without = ScenarioLoader.Load(text, "a.yaml").Scenario;
        var with = ScenarioLoader.Load(text.Replace("expected_duration: 45m", "expected_duration: 45m\nsource: https://example.com/postmortem"), "b.yaml").Scenario;

        Assert.Equal("", without?.Source);
        Assert.Equal("https://example.com/postmortem", with?.Source);
    }

    [Fact]
    public void Load_UnknownKey_IsReportedWithPositionAndSuggestion()
    {
        var yaml = TestScenarios.Text("manta-webapi-crash").Replace("expected_duration:", "expected_durration:");

        var result = ScenarioLoader.Load(yaml, "x.yaml");

        Assert.Null(result.Scenario);
        var problem = Assert.Single(result.Problems, p => p.Message.Contains("expected_durration"));
        Assert.Contains("did you mean 'expected_duration'", problem.Message);
        Assert.Equal(10, problem.Line);
        Assert.Equal(1, problem.Column);
        Assert.StartsWith("x.yaml:10:1: unknown key", problem.ToString());
    }

    [Theory]
    [InlineData("target: webapi\n    at: 3m", "target: webapj\n    at: 3m", "refers to 'webapj'")]
    [InlineData("path: [loadbalancer, webapi, electric-moray, moray, postgres]", "path: [loadbalancer, webapi, electric-moray, moray, postgress]", "refers to 'postgress'")]
    [InlineData("depends_on: [postgres, zookeeper]", "depends_on: [postgres, zk]", "refers to 'zk'")]
    [InlineData("target: get-object, threshold: 2000", "target: get-objects, threshold: 2000", "refers to 'get-objects'")]
    [InlineData("rate: 60,", "rate: -5,", "'rate' in a request type must be at least 0")]
    [InlineData("share: 0.5", "share: 1.5", "'share' in an inject must be between 0 and 1")]
    [InlineData("escalate_at: 12m", "escalate_at: 2m", "must be later than its 'at'")]
    [InlineData("count: 6", "count: 0", "needs at least one instance")]
    [InlineData("id: mako", "id: moray", "duplicate id 'moray'")]
    [InlineData("kind: process-crash", "kind: process-crsh", "did you mean 'process-crash'")]
    [InlineData("title: Front door web API processes in maintenance\n", "", "missing required key 'title'")]
    [InlineData("version: 1", "version: one", "'version' in the scenario must be a whole number")]
    [InlineData("expected_duration: 45m", "expected_duration: 45m\nsource: blog.example.com/postmortem", "'source' must be the https:// address")]
    [InlineData("primary: pg-1", "primary: mako-1", "an instance of 'mako', not of 'postgres'")]
    [InlineData("depends_on: [moray]", "depends_on: [binder]", "no earlier service in the path lists it in depends_on")]
    [InlineData("    escalate_at: 12m\n", "    escalate_at: 12m\n    parameters: { valid: release-2 }\n", "parameter 'valid' of inject 'webapi-crash' needs 'key'")]
    [InlineData("    escalate_at: 12m\n", "    escalate_at: 12m\n    parameters: { key: version, valid: \"a||b\" }\n", "parameter 'valid' of inject 'webapi-crash'")]
    public void Load_BrokenScenario_ReportsTheProblem(string original, string replacement, string expected)
    {
        var text = TestScenarios.Text("manta-webapi-crash");
        Assert.Contains(original, text);

        var result = ScenarioLoader.Load(text.Replace(original, replacement), "broken.yaml");

        Assert.Null(result.Scenario);
        Assert.Contains(result.Problems, p => p.Message.Contains(expected));
        Assert.All(result.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1));
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOne()
    {
        var text = TestScenarios.Text("manta-webapi-crash")
            .Replace("share: 0.5", "share: 2")
            .Replace("target: webapi\n    at: 3m", "target: nowhere\n    at: 3m")
            .Replace("difficulty: beginner", "difficulty: impossible");

        var result = ScenarioLoader.Load(text, "many.yaml");

        Assert.True(result.Problems.Length >= 3, string.Join("\n", result.Problems));
    }

    [Theory]
    [InlineData("id: [unclosed")]
    [InlineData("- just\n- a list")]
    [InlineData("")]
    [InlineData("a: b\n---\nc: d")]
    public void Load_MalformedYaml_ReportsInsteadOfThrowing(string yaml)
    {
        var result = ScenarioLoader.Load(yaml, "bad.yaml");

        Assert.Null(result.Scenario);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Catalog_OverTheScenarioDirectory_IsValid()
    {
        var catalog = ScenarioCatalog.LoadDirectory(TestScenarios.Directory);

        Assert.True(catalog.IsValid, string.Join("\n", catalog.Problems));
        Assert.NotNull(catalog.Find("manta-webapi-crash"));
    }
}
