using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Faults.TcpSlowStart;

public sealed class TcpSlowStartTests
{
    private const string Inject = """
  - id: drill
    kind: tcp-slow-start
    target: mako
    at: 1m
    parameters: { penalty_ms: "40000", share_requests: "0.5" }
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
        Assert.Contains("tcpSlowStartRestarts", cell.Execute("netstat -s mako-1").Output);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "sysctl mako net.ipv4.tcp_slow_start_after_idle=0");
        cell.RunUntil(20 * 60);

        Assert.True(cell.IsRestored, FaultDrill.Describe(cell));
    }

    [Fact]
    public void Revert_ByTheInstigator_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        Assert.True(cell.Revert("drill").Ok);
        cell.RunUntil(20 * 60);

        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
    }
}
