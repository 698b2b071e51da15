using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using PracticePlatform.Grains.Cells;
using PracticePlatform.Grains.Scenarios;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Grains.Tests.Cells;

/// <summary>The consoles' charts get no new points while the scenario's monitoring is blind, and catch up after.</summary>
public sealed class CellChartsTests
{
    /// <summary>The webapi-crash scenario with binder crashing at minute 1 and monitoring behind binder.</summary>
    private static Scenario BlindAtMinuteOne()
    {
        var folder = ScenarioFolder.Locate(new ConfigurationBuilder().Build())!;
        var text = File.ReadAllText(Path.Combine(folder, "manta-webapi-crash.yaml"));
        text = Regex.Replace(text, @"injects:\n.*?\nalarm_rules:",
            "injects:\n  - { id: dns-down, kind: process-crash, target: binder, at: 1m }\n\nalarm_rules:", RegexOptions.Singleline);
        text = Regex.Replace(text, @"resolution:\n.*?\nsolution:", "resolution:\n  - { kind: all-online, target: binder }\n\nsolution:", RegexOptions.Singleline);
        var loaded = ScenarioLoader.Load(text + "\nmonitoring:\n  depends_on: [binder]\n", "blind.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        return loaded.Scenario!;
    }

    [Fact]
    public void WhileMonitoringIsBlind_TheChartsEndWhereItWentBlind_AndCatchUpOnceItSees()
    {
        var cell = Cell.Create(BlindAtMinuteOne(), 5);
        cell.RunUntil(6 * 60);
        var blindSince = cell.MonitoringBlindSince!.Value;

        var blind = CellCharts.Of(cell);
        foreach (var series in blind)
        {
            Assert.NotEmpty(series.TenSeconds);
            Assert.True(series.TenSeconds[^1].Second + 10 <= blindSince, $"a 10-second point after the blind second {blindSince}");
            Assert.All(series.Minutes, m => Assert.True((m.Minute + 1) * 60 <= blindSince));
        }

        Assert.True(cell.Execute("svcadm clear binder").Ok);
        cell.RunUntil(8 * 60);
        var seeing = CellCharts.Of(cell);
        Assert.Null(cell.MonitoringBlindSince);
        Assert.All(seeing, series => Assert.True(series.TenSeconds[^1].Second >= 7 * 60, "the charts caught up"));
    }
}
