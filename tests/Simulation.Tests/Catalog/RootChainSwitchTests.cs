using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Catalog;

/// <summary>The beginner root-chain scenario needs a diagnosis: the alarms name no cause, the caller's log and the callee's certificate do.</summary>
public sealed class RootChainSwitchTests
{
    [Fact]
    public void TheAnswerIsFoundByLooking_NotInTheAlarmsOrConfiguration()
    {
        var scenario = TestScenarios.Load("letsencrypt-root-chain-switch");
        var cell = Cell.Create(scenario, 7);
        cell.RunUntil(6 * 60);

        var log = cell.Execute("logs billing-1").Output;
        var cert = cell.Execute("cert show ledger").Output;

        Assert.Contains("TLS handshake failed", log, StringComparison.Ordinal);
        Assert.NotEqual(cert, cell.Execute("cert show reports").Output);
        foreach (var text in scenario.AlarmRules.Select(a => a.Id).Concat(scenario.Environment.Services.SelectMany(s => s.Config.Values)))
        {
            Assert.DoesNotContain("cert", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("root", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("chain", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("tls", text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
