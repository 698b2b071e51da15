using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Scenarios;

/// <summary>Round-trip times and link-partition sides are checked where they are written.</summary>
public sealed class NetworkReaderTests
{
    private const string Id = "github-east-west-split-brain";

    [Theory]
    [InlineData("rtt_ms: { dc-west: 60, cloud: 20 }", "rtt_ms: { dc-nowhere: 60 }", "dc-nowhere", 18, 49)]
    [InlineData("rtt_ms: { dc-west: 60, cloud: 20 }", "rtt_ms: { dc-west: -5 }", "must be a number of milliseconds from 0 to 10000, not '-5'", 18, 58)]
    [InlineData("rtt_ms: { dc-west: 60, cloud: 20 }", "rtt_ms: { dc-west: fast }", "not 'fast'", 18, 58)]
    [InlineData("rtt_ms: { dc-west: 60, cloud: 20 }", "rtt_ms: { dc-east: 60 }", "names itself", 18, 49)]
    [InlineData("rtt_ms: { dc-west: 60, cloud: 20 }", "rtt_ms: [60]", "must be a mapping of datacenter names to milliseconds", 18, 47)]
    [InlineData("rtt_ms: { cloud: 50 }", "rtt_ms: { cloud: 50, dc-east: 70 }", "between 'dc-east' and 'dc-west' is given twice and differs (60 and 70 ms)", 19, 69)]
    [InlineData("parameters: { heal_after: \"43\" }", "parameters: { heal_after: \"43\", other: rails }", "parameter 'other' of inject 'hub-link-cut'", 82, 17)]
    [InlineData("parameters: { heal_after: \"43\" }", "parameters: { other: dc-moon }", "dc-moon", 82, 17)]
    public void ABadValue_IsAProblemAtItsPlace(string from, string to, string expected, int line, int column)
    {
        var text = TestScenarios.Text(Id);
        Assert.Contains(from, text);
        var result = ScenarioLoader.Load(text.Replace(from, to, StringComparison.Ordinal), "net.yaml");

        var problem = Assert.Single(result.Problems);
        Assert.Contains(expected, problem.Message);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    [Fact]
    public void RoundTrips_AreReadOnBothEnds_AndAgreeingTwiceIsFine()
    {
        var text = TestScenarios.Text(Id).Replace("rtt_ms: { cloud: 50 }", "rtt_ms: { cloud: 50, dc-east: 60 }", StringComparison.Ordinal);
        var result = ScenarioLoader.Load(text, "net.yaml");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var west = result.Scenario!.Environment.Datacenters.Single(d => d.Id == "dc-west");
        Assert.Equal(60, west.RttMs["dc-east"]);
        Assert.Empty(result.Scenario.Environment.Datacenters.Single(d => d.Id == "cloud").RttMs);
    }
}
