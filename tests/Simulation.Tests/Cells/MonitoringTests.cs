using System.Text.RegularExpressions;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Cells;

/// <summary>Monitoring fails with what it depends on: alarms stop changing and metrics have no data.</summary>
public sealed class MonitoringTests
{
    /// <summary>The example scenario with binder (its DNS) crashing at minute 1, optionally with monitoring behind binder.</summary>
    private static Scenario Manta(string monitoring)
    {
        var text = Regex.Replace(TestScenarios.Text("manta-webapi-crash"), @"injects:\n.*?\nalarm_rules:",
            "injects:\n  - { id: dns-down, kind: process-crash, target: binder, at: 1m }\n\nalarm_rules:", RegexOptions.Singleline);
        text = Regex.Replace(text, @"resolution:\n.*?\nsolution:", "resolution:\n  - { kind: all-online, target: binder }\n\nsolution:", RegexOptions.Singleline);
        var loaded = ScenarioLoader.Load(text + monitoring, "monitoring.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        return loaded.Scenario!;
    }

    private static bool Firing(Cell cell) => cell.Alarms.Any(a => a.RuleId == "object-errors" && a.Firing);

    [Fact]
    public void WithMonitoringBehindTheBrokenService_AlarmsStaySilent_AndMetricsHaveNoData_UntilItIsBack()
    {
        var apart = Cell.Create(Manta(""), 3);
        var behind = Cell.Create(Manta("\nmonitoring:\n  depends_on: [binder]\n"), 3);
        apart.RunUntil(8 * 60);
        behind.RunUntil(8 * 60);

        Assert.True(Firing(apart), "the error alarm fires when monitoring stands apart");
        Assert.False(Firing(behind), "the error alarm cannot fire while the monitoring pipeline is down");
        Assert.True(apart.Execute("metrics webapi errors --since 5m").Ok);
        var blind = behind.Execute("metrics webapi errors --since 5m");
        Assert.False(blind.Ok);
        Assert.StartsWith("metrics: no data: the metrics pipeline is not answering (query to binder timed out)", blind.Output, StringComparison.Ordinal);
        Assert.Contains("has no data", behind.Execute("status").Output);

        Assert.True(behind.Execute("svcadm clear binder").Ok);
        behind.RunUntil(8 * 60 + 20);
        Assert.True(behind.Execute("metrics webapi errors --since 5m").Ok);
    }

    [Fact]
    public void TheSecondMonitoringWentBlind_IsKept_ThroughASnapshot_AndForgottenOnceItSeesAgain()
    {
        var behind = Cell.Create(Manta("\nmonitoring:\n  depends_on: [binder]\n"), 3);
        behind.RunUntil(50);
        Assert.Null(behind.MonitoringBlindSince);

        behind.RunUntil(5 * 60);
        var since = behind.MonitoringBlindSince;
        Assert.NotNull(since);
        Assert.InRange(since!.Value, 60, 2 * 60);
        var restored = Cell.Restore(behind.Scenario, behind.Snapshot());
        Assert.Equal(since, restored.MonitoringBlindSince);

        Assert.True(behind.Execute("svcadm clear binder").Ok);
        behind.RunUntil(5 * 60 + 30);
        Assert.Null(behind.MonitoringBlindSince);
    }

    [Fact]
    public void AnUnknownMonitoringDependency_IsReportedAtItsPosition()
    {
        var text = TestScenarios.Text("manta-webapi-crash") + "\nmonitoring:\n  depends_on: [grafana]\n";

        var loaded = ScenarioLoader.Load(text, "monitoring.yaml");

        Assert.False(loaded.Succeeded);
        Assert.Contains(loaded.Problems, p => p.Message.Contains("grafana", StringComparison.Ordinal) && p.Line > 150);
    }
}
