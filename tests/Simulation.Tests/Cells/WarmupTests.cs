using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Tests.Faults;

namespace PracticePlatform.Simulation.Tests.Cells;

/// <summary>Recovery takes time: restarted instances come back cold, and a cache restarted at once sends a herd behind it.</summary>
public sealed class WarmupTests
{
    private static Scenario Manta(string warmup)
    {
        // The example scenario without its crashes: only the operator's restart disturbs this cell.
        var singleline = System.Text.RegularExpressions.RegexOptions.Singleline;
        var text = System.Text.RegularExpressions.Regex.Replace(TestScenarios.Text("manta-webapi-crash"), @"injects:\n.*?\nalarm_rules:", "injects: []\n\nalarm_rules:", singleline);
        text = System.Text.RegularExpressions.Regex.Replace(text, @"resolution:\n.*?\nsolution:", "resolution:\n  - { kind: all-online, target: webapi }\n\nsolution:", singleline)
            .Replace("      depends_on: [electric-moray, mako, binder]\n", $"      depends_on: [electric-moray, mako, binder]\n{warmup}", StringComparison.Ordinal);
        var loaded = ScenarioLoader.Load(text, "warm.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        return loaded.Scenario!;
    }

    private static double[] FailShares(Scenario scenario, params (long At, string Command)[] steps)
    {
        var cell = Cell.Create(scenario, 2);
        var samples = new List<double>();
        var queue = new Queue<(long At, string Command)>(steps);
        for (var t = 120L; t <= 900; t += 10)
        {
            while (queue.Count > 0 && queue.Peek().At <= t)
            {
                var step = queue.Dequeue();
                Assert.True(cell.Execute(step.Command).Ok, step.Command);
            }

            cell.RunUntil(t);
            samples.Add(FaultDrill.FailShare(cell));
        }

        return [.. samples];
    }

    private static string Show(double[] shares) => string.Join(" ", shares.Select(s => s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AFleetRestartedAtOnce_ComesBackCold_AndStaysDownForItsWarmup_WhileARollingRestartDoesNot()
    {
        var instant = FailShares(Manta(""), (130, "svcadm restart webapi"));
        var herd = FailShares(Manta("      warmup: 3m\n"), (130, "svcadm restart webapi"));
        var rolling = FailShares(Manta("      warmup: 3m\n"), [.. Enumerable.Range(1, 6).Select(n => (130L + (n * 60), $"svcadm restart webapi-{n}"))]);

        var recovered = Array.FindIndex(herd, 2, share => share < 0.01);
        Assert.True(instant[8] < 0.01, $"without warm-up, 80 s after: {Show(instant)}");
        Assert.True(herd[8] > 0.9, $"with a 3-minute warm-up, the cold fleet is still down 80 s after: {Show(herd)}");
        Assert.InRange(recovered, 15, 30);
        Assert.True(herd[^1] < 0.01, Show(herd));
        Assert.True(rolling.Max() < 0.1, $"one instance at a time: {Show(rolling)}");
    }

    [Fact]
    public void ARestartedCacheInstance_StartsEmpty_AndTheLoadBehindItSurgesUntilItIsWarm()
    {
        var text = TestScenarios.Text("shop-cart-memory-leak");
        var redis = System.Text.RegularExpressions.Regex.Replace(text, @"(    - id: redis\n      kind: cache\n)", "$1      warmup: 60s\n");
        Assert.NotEqual(text, redis);
        var loaded = ScenarioLoader.Load(redis, "cache.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var cell = Cell.Create(loaded.Scenario!, 4);
        cell.RunUntil(60);
        var behind = cell.State.Topology.ServiceIndex("catalog");
        var before = cell.State.ServiceLoad[behind];

        Assert.True(cell.Execute("svcadm restart redis-1").Ok);
        cell.RunUntil(80);
        var cold = cell.State.ServiceLoad[behind];
        cell.RunUntil(170);
        var warmAgain = cell.State.ServiceLoad[behind];

        Assert.True(cold > before * 1.3, $"catalog load {before:0} before, {cold:0} with the cache cold");
        Assert.InRange(warmAgain, before * 0.8, before * 1.25);
    }

    [Fact]
    public void ANegativeWarmup_IsRefusedWithItsPosition()
    {
        var loaded = ScenarioLoader.Load(TestScenarios.Text("manta-webapi-crash").Replace(
            "      depends_on: [electric-moray, mako, binder]\n", "      depends_on: [electric-moray, mako, binder]\n      warmup: -1m\n", StringComparison.Ordinal), "warm.yaml");

        Assert.False(loaded.Succeeded);
        Assert.Contains(loaded.Problems, p => p.Line == 42);
    }
}
