namespace PracticePlatform.Simulation.Tests.Cli;

public sealed class ScenarioCommandTests
{
    [Fact]
    public void List_ShowsEveryScenarioWithItsDifficultyAndDuration()
    {
        var run = CliRun.Of("scenario", "list", "--dir", TestScenarios.Directory);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"manta-webapi-crash\s+1\s+beginner\s+00:45:00\s+Front door web API", run.Output);
        Assert.Contains("shop-retry-storm", run.Output);
        Assert.Contains("0 problem(s)", run.Output);
    }

    [Fact]
    public void Validate_TheCatalog_PrintsOneOkLine()
    {
        var run = CliRun.Of("scenario", "validate", TestScenarios.Directory);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("OK: ", run.Output);
        Assert.Single(run.Output.Trim().Split('\n'));
    }

    [Fact]
    public void Validate_ABrokenFile_PrintsEachProblemWithItsPosition_AndFails()
    {
        var file = Path.Combine(Path.GetTempPath(), $"practice-cli-broken-{Environment.ProcessId}.yaml");
        File.WriteAllText(file, TestScenarios.Text("manta-webapi-crash").Replace("target: webapi\n    at: 3m", "target: webapii\n    at: 3m").Replace("difficulty: beginner", "difficulty: beginner\ncolour: red"));
        try
        {
            var run = CliRun.Of("scenario", "validate", file);

            Assert.Equal(1, run.ExitCode);
            var lines = run.Output.Trim().Split('\n');
            Assert.True(lines.Length >= 2, run.Output);
            Assert.All(lines, l => Assert.Matches(@"^.+broken-\d+\.yaml:\d+:\d+: .+", l));
            Assert.Contains("webapii", run.Output);
            Assert.Contains("colour", run.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_AMissingPath_IsBadInput()
    {
        var run = CliRun.Of("scenario", "validate", "no-such-scenarios");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-scenarios", run.Error);
    }

    [Fact]
    public void Verify_TheCatalog_PassesEveryPlay_WithOneLinePerPlay()
    {
        var run = CliRun.Of("scenario", "verify", TestScenarios.Directory);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Trim().Split('\n');
        Assert.Matches(@"^SCENARIO\s+PLAY\s+RESULT\s+IMPACT\s+REASON", lines[0]);
        Assert.Matches(@"^manta-webapi-bad-config-push\s+roll the configuration back\s+PASS\s+3m\.\.\d+m", lines.Single(l => l.Contains("roll the configuration back") && l.StartsWith("manta-webapi-bad", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains(" FAIL "));
        var scenarios = Directory.EnumerateFiles(TestScenarios.Directory, "*.yaml").Count();
        Assert.Matches($@"^\d+ play\(s\) in {scenarios} scenario\(s\): \d+ passed, 0 failed$", lines[^1]);
    }

    [Fact]
    public void Verify_APlayThatMissesItsOutcome_PrintsFailWithTheReason_AndFails()
    {
        var file = Path.Combine(Path.GetTempPath(), $"practice-cli-verify-{Environment.ProcessId}.yaml");
        File.WriteAllText(file, TestScenarios.Text("manta-webapi-bad-config-push").Replace("run: config set webapi max_sockets 2 }\n    outcome: { restored: false }", "run: config set webapi max_sockets 2 }\n    outcome: { restored: true }"));
        try
        {
            var run = CliRun.Of("scenario", "verify", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Matches(@"manta-webapi-bad-config-push\s+fix it, then push the bad value again\s+FAIL\s+3m\.\.ongoing\s+expected restored, but at \S+ these criteria do not hold", run.Output);
            Assert.EndsWith("1 failed", run.Output.Trim());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Verify_AFileWithABadPlay_PrintsTheProblemAtItsPosition_AndFails()
    {
        var file = Path.Combine(Path.GetTempPath(), $"practice-cli-verify-bad-{Environment.ProcessId}.yaml");
        File.WriteAllText(file, TestScenarios.Text("manta-webapi-bad-config-push").Replace("run: svcadm restart webapi }", "run: svcadm restrat webapi }"));
        try
        {
            var run = CliRun.Of("scenario", "verify", file);

            Assert.Equal(1, run.ExitCode);
            Assert.Matches(@"verify-bad-\d+\.yaml:\d+:\d+: step of play 'restart the web API' runs an unknown command: svcadm: unknown subcommand 'restrat'", run.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
