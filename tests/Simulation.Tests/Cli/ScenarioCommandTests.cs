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
}
