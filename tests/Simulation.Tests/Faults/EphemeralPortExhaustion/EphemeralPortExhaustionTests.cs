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

    /// <summary>Settings the kernel would refuse get its words and change nothing: the ports stay exhausted.</summary>
    [Theory]
    [InlineData("sysctl edge-proxy net.ipv4.tcp_tw_reuse=yes", "setting key \"net.ipv4.tcp_tw_reuse\": Invalid argument")]
    [InlineData("sysctl edge-proxy net.ipv4.tcp_tw_reuse=3", "Invalid argument (expected a whole number from 0 to 2)")]
    [InlineData("sysctl edge-proxy net.ipv4.ip_local_port_range=lots", "setting key \"net.ipv4.ip_local_port_range\": Invalid argument")]
    [InlineData("sysctl edge-proxy net.ipv4.ip_local_port_range=70000-80000", "Invalid argument (expected two port numbers")]
    [InlineData("sysctl edge-proxy net.ipv4.ip_local_port_range=60000-2000", "Invalid argument")]
    [InlineData("sysctl edge-proxy net.ipv4.ip_local_port_range=0-2000", "Invalid argument")]
    [InlineData("sysctl edge-proxy net.core.make_it_work=1", "cannot stat /proc/sys/net/core/make_it_work: No such file or directory")]
    [InlineData("sysctl edge-proxy tcp_rmem=4096", "expected three whole numbers")]
    [InlineData("sysctl edge-proxy net.ipv4.tcp_congestion_control=warp", "no congestion control named 'warp'")]
    [InlineData("sysctl edge-proxy net.ipv4.ip_local_port_range=1024", "Invalid argument")]
    [InlineData("sysctl edge-proxy net.ipv4.tcp_make_it_work=1", "cannot stat /proc/sys/net/ipv4/tcp_make_it_work: No such file or directory")]
    public void ASettingTheKernelWouldRefuse_IsRefusedInItsWords_AndChangesNothing(string command, string refusal)
    {
        var cell = Exhausted();

        var result = cell.Execute(command);
        cell.RunUntil(12 * 60);

        Assert.False(result.Ok);
        Assert.StartsWith("sysctl: ", result.Output, StringComparison.Ordinal);
        Assert.Contains(refusal, result.Output, StringComparison.Ordinal);
        Assert.True(FaultDrill.FailShare(cell) > 0.1, FaultDrill.Describe(cell));
        Assert.Contains("ip_local_port_range: 32768-60999 (28232 ports", cell.Execute("sockstat edge-proxy-1").Output);
    }

    /// <summary>The two settings are separate: a range set after tcp_tw_reuse keeps the reuse on, and 0 turns it off again.</summary>
    [Fact]
    public void TheRangeAndTheReuse_AreSeparateSettings_OnTheHosts()
    {
        var cell = Exhausted();

        FaultDrill.Run(cell, "sysctl -w edge-proxy net.ipv4.tcp_tw_reuse=1", "sysctl edge-proxy \"net.ipv4.ip_local_port_range=40000 50000\"");
        cell.RunUntil(8 * 60);

        var ss = cell.Execute("sockstat edge-proxy-1").Output;
        Assert.Contains("ip_local_port_range: 40000-50000 (10001 ports", ss, StringComparison.Ordinal);
        Assert.Contains("tcp_tw_reuse: 1", ss, StringComparison.Ordinal);
        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));

        FaultDrill.Run(cell, "sysctl edge-proxy net.ipv4.tcp_tw_reuse=0");
        cell.RunUntil(12 * 60);

        Assert.Contains("tcp_tw_reuse: 0", cell.Execute("sockstat edge-proxy-1").Output, StringComparison.Ordinal);
        Assert.True(FaultDrill.FailShare(cell) > 0.1, FaultDrill.Describe(cell));
    }

    /// <summary>The ports are the hosts' settings, not the fault's: set before the fault, they are in force when it comes.</summary>
    [Fact]
    public void ASettingMadeBeforeTheFault_IsInForceWhenItComes()
    {
        var cell = Cell.Create(Scenario(), 9);

        FaultDrill.Run(cell, "sysctl edge-proxy net.ipv4.tcp_tw_reuse=1");
        cell.RunUntil(5 * 60);

        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
    }

    /// <summary>Real tunables the model does not read are taken, as a host would, and leave the ports as they were.</summary>
    [Theory]
    [InlineData("sysctl edge-proxy net.ipv4.tcp_timestamps=0", "net.ipv4.tcp_timestamps = 0")]
    [InlineData("sysctl edge-proxy tcp_fin_timeout=15", "net.ipv4.tcp_fin_timeout = 15")]
    [InlineData("sysctl edge-proxy net.core.somaxconn=4096", "net.core.somaxconn = 4096")]
    [InlineData("sysctl edge-proxy \"net.ipv4.tcp_rmem=4096 131072 6291456\"", "net.ipv4.tcp_rmem = 4096\t131072\t6291456")]
    [InlineData("sysctl edge-proxy net.ipv4.tcp_congestion_control=bbr", "net.ipv4.tcp_congestion_control = bbr")]
    public void ARealTunableNoFaultReads_IsTaken_AndChangesNothing(string command, string echoed)
    {
        var cell = Exhausted();

        var result = cell.Execute(command);
        cell.RunUntil(12 * 60);

        Assert.True(result.Ok, result.Output);
        Assert.Contains(echoed, result.Output, StringComparison.Ordinal);
        Assert.True(FaultDrill.FailShare(cell) > 0.1, FaultDrill.Describe(cell));
    }
}
