using System.Text.Json;

namespace PracticePlatform.Simulation.Tests.Cli;

public sealed class SimRunCommandTests
{
    private static readonly string[] Resolved =
    [
        "sim", "run", "--scenario", "manta-webapi-crash", "--seed", "7", "--duration", "45m",
        "--action", "6m svcadm clear webapi", "--action", "00:14:00 svcadm clear webapi",
    ];

    [Fact]
    public void Run_WithTheResolution_ReportsRestoredImpactAlarmsAndDigest()
    {
        var run = CliRun.Of([.. Resolved, "--dir", TestScenarios.Directory]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("restored: yes", run.Output);
        Assert.Matches(@"impact: 00:0\d:00 to \d\d:\d\d:00", run.Output);
        Assert.Matches(@"get-object\s+failed\s+\d+ of\s+\d+ \(\d+\.\d\d %\)", run.Output);
        Assert.Contains("webapi-instances-unhealthy", run.Output);
        Assert.Matches("^digest: [0-9a-f]+$", run.DigestLine);
    }

    [Fact]
    public void Run_DoingNothing_IsNotRestored()
    {
        var run = CliRun.Of("sim", "run", "--scenario", "manta-webapi-crash", "--seed", "7", "--duration", "45m", "--dir", TestScenarios.Directory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("restored: no", run.Output);
    }

    [Fact]
    public void Run_WithInstigatorActions_AppliesThem()
    {
        var run = CliRun.Of("sim", "run", "--scenario", "manta-webapi-crash", "--seed", "7", "--duration", "30m",
            "--action", "10m clear-all", "--dir", TestScenarios.Directory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("00:10:00 clear-all -> ok", run.Output);
    }

    [Fact]
    public void Json_IsOneObject_WithTheSameDigestAsTheSummary()
    {
        var text = CliRun.Of([.. Resolved, "--dir", TestScenarios.Directory]);
        var json = CliRun.Of([.. Resolved, "--json", "--dir", TestScenarios.Directory]);

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Output);
        Assert.True(document.RootElement.GetProperty("restored").GetBoolean());
        Assert.Equal(3, document.RootElement.GetProperty("request_types").GetArrayLength());
        Assert.Equal(text.DigestLine, "digest: " + document.RootElement.GetProperty("digest").GetString());
    }

    [Fact]
    public void Run_AScenarioFile_Works()
    {
        var run = CliRun.Of("sim", "run", "--scenario", Path.Combine(TestScenarios.Directory, "shop-auth-certificate-expiry.yaml"), "--seed", "3", "--duration", "20m");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("scenario: shop-auth-certificate-expiry v1", run.Output);
    }

    [Theory]
    [InlineData("unknown scenario 'no-such-id'", "--scenario", "no-such-id", "--duration", "1h")]
    [InlineData("bad duration '2x'", "--scenario", "manta-webapi-crash", "--duration", "2x")]
    [InlineData("malformed action 'svcs'", "--scenario", "manta-webapi-crash", "--action", "svcs")]
    [InlineData("'soon' is not a time", "--scenario", "manta-webapi-crash", "--action", "soon svcs")]
    [InlineData("bad seed 'abc'", "--scenario", "manta-webapi-crash", "--seed", "abc")]
    [InlineData("scenario file 'missing.yaml' does not exist", "--scenario", "missing.yaml")]
    [InlineData("is after the end of the run", "--scenario", "manta-webapi-crash", "--duration", "10m", "--action", "20m svcs")]
    [InlineData("'--scenario' is required", "--seed", "1")]
    public void BadInput_IsOneHelpfulLine_AndExitCode2(string message, params string[] args)
    {
        var run = CliRun.Of([.. (string[])["sim", "run"], .. args, "--dir", TestScenarios.Directory]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error);
    }
}
