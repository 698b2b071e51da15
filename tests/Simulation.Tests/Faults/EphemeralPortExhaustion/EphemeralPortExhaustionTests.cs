using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Faults.EphemeralPortExhaustion;

/// <summary>The edge proxies of the WAF scenario call their origin hundreds of times a second: without keepalives, TIME_WAIT eats the port range.</summary>
public sealed class EphemeralPortExhaustionTests
{
    private static Scenario Scenario()
    {
        var text = TestScenarios.Text("cloudflare-waf-regex-cpu").Replace("""
    kind: bad-config
    target: edge-proxy
    at: 3m
    parameters: { key: "waf_ruleset", value: "2019-07-02.1", error_share: "0", cpu_cost: "20", valid: "2019-06-28.1" }
""", """
    kind: ephemeral-port-exhaustion
    target: edge-proxy
    at: 1m
""", StringComparison.Ordinal);
        var result = ScenarioLoader.Load(text, "ports.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    private static Cell Exhausted()
    {
        var cell = Cell.Create(Scenario(), 9);
        cell.RunUntil(5 * 60);
        return cell;
    }

    /// <summary>TIME_WAIT, the port range and tcp_tw_reuse are in the snapshot: a restored cell runs on identically.</summary>
    [Fact]
    public void ARestoredCell_MidExhaustion_RunsOnIdentically()
    {
        var cell = Exhausted();
        FaultDrill.Run(cell, "sysctl edge-proxy-1 net.ipv4.ip_local_port_range=1024-65535", "sysctl edge-proxy-2 net.ipv4.tcp_tw_reuse=1");
        var restored = Cell.Restore(Scenario(), cell.Snapshot());

        cell.RunUntil(8 * 60);
        restored.RunUntil(8 * 60);

        Assert.True(cell.Snapshot().ToArray().AsSpan().SequenceEqual(restored.Snapshot().ToArray()));
        Assert.Contains("tcp_tw_reuse: 1", restored.Execute("sockstat edge-proxy-2").Output);
        Assert.Contains("1024-65535 (64512 ports", restored.Execute("sockstat edge-proxy-1").Output);
    }

    /// <summary>Once keepalives are back, the ports held in TIME_WAIT drain within a few minutes, as sockstat shows.</summary>
    [Fact]
    public void AfterTheRollback_TimeWaitDrains()
    {
        var cell = Exhausted();
        var exhausted = cell.State.Instances[0].TimeWait;
        Assert.True(exhausted > 10_000, $"{exhausted} ports in TIME_WAIT");

        Assert.True(cell.Execute("config rollback edge-proxy").Ok);
        cell.RunUntil(10 * 60);

        Assert.True(cell.State.Instances[0].TimeWait < exhausted * 0.01, $"{cell.State.Instances[0].TimeWait} of {exhausted} ports still in TIME_WAIT");
    }

    [Fact]
    public void Inject_FailsCallsWithEaddrnotavail_AndShowsInSockstatAndLogs()
    {
        var cell = Exhausted();

        Assert.True(FaultDrill.FailShare(cell) > 0.1, FaultDrill.Describe(cell));
        Assert.Equal(FailureReason.NoPorts, cell.State.ServiceRead[0].Reason);
        Assert.Contains("EADDRNOTAVAIL: cannot assign requested address", cell.Execute("logs edge-proxy-1 --level error").Output);
        var ss = cell.Execute("sockstat edge-proxy-1").Output;
        Assert.Contains("ip_local_port_range: 32768-60999 (28232 ports, 9", ss);
        Assert.Contains("% in TIME_WAIT), tcp_tw_reuse: 0", ss);
    }

    [Theory]
    [InlineData("config rollback edge-proxy", true)]
    [InlineData("sysctl edge-proxy net.ipv4.tcp_tw_reuse=1", true)]
    [InlineData("sysctl edge-proxy net.ipv4.ip_local_port_range=1024-65535", true)]
    [InlineData("sysctl edge-proxy net.ipv4.ip_local_port_range=32768-50000", false)]
    [InlineData("restart edge-proxy", false)]
    public void Remedies_FreePortsOrNot(string command, bool restores)
    {
        var cell = Exhausted();

        FaultDrill.Run(cell, command);
        cell.RunUntil(12 * 60);

        Assert.Equal(restores, FaultDrill.FailShare(cell) < 0.01);
    }
}
