using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Tools;

public sealed class CommandFuzzTests
{
    private static readonly string[] Words =
    [
        "svcs", "-xv", "svcadm", "restart", "clear", "disable", "enable", "prstat", "top", "df", "-h", "logs", "metrics",
        "netstat", "-s", "ping", "date", "config", "show", "set", "rollback", "status", "drain", "undrain", "free-disk",
        "kill", "ntpdate", "cert", "renew", "ratelimit", "off", "sysctl", "scale-out", "db", "promote", "rebuild",
        "cancel-queries", "activity", "zk", "manta-adm", "manatee-adm", "pg-status", "pgsqlstat", "moraystat", "kubectl",
        "get", "pods", "describe", "pod", "rollout", "undo", "deployment/webapi", "scale", "--replicas=3", "delete",
        "cordon", "help", "webapi", "webapi-1", "pg-2", "shard-1", "cn-1a", "us-east-3", "mako-9", "get-object", "cpu",
        "latency-ms", "--since", "10m", "--since=xyz", "--tail", "0", "--tail=99999", "--grep", "ENOSPC", "-1", "1e309",
        "NaN", "\"quoted words\"", "'", "\"", "--", "---", "=", "a=b", "tcp_slow_start_after_idle=0", "", " ", "\t",
        "💥", "\0", new string('x', 300),
    ];

    [Fact]
    public void RandomCommandLines_NeverThrow_AndAlwaysSaySomething()
    {
        var random = new Random(1234);
        foreach (var scenario in new[] { TestScenarios.Manta, TestScenarios.Load("shop-retry-storm") })
        {
            var cell = Cell.Create(scenario, 9);
            cell.RunUntil(200);
            for (var k = 0; k < 3000; k++)
            {
                var count = random.Next(0, 6);
                var line = string.Join(' ', Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]));
                var result = cell.Execute(line);
                Assert.NotNull(result.Output);
                Assert.True(result.Ok || result.Output.Length > 0, $"'{line}' failed silently");
                Assert.DoesNotContain("internal error", result.Output);
                if (k % 100 == 0)
                {
                    cell.Tick();
                }
            }
        }
    }

    [Theory]
    [InlineData("svsc -xv", "did you mean 'svcs'")]
    [InlineData("manatee-adm pg-stat", "did you mean 'manatee-adm pg-status'")]
    [InlineData("kubectl get pods", "not available in this environment")]
    [InlineData("logs webapi-7", "did you mean 'webapi-1'")]
    [InlineData("logs webapi", "name one instance")]
    [InlineData("metrics webapi-1 cpuu", "did you mean 'cpu'")]
    [InlineData("logs webapi-1 --since yesterday", "expects a duration")]
    [InlineData("", "type 'help'")]
    public void BadInput_GetsAHelpfulMessage(string line, string expected)
    {
        var cell = Cell.Create(TestScenarios.Manta, 1);

        var result = cell.Execute(line);

        Assert.False(result.Ok);
        Assert.False(result.ChangedState);
        Assert.Contains(expected, result.Output);
    }
}
