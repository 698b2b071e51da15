using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Tools;

namespace PracticePlatform.Simulation.Tests.Tools;

/// <summary>Which commands read the cell and which change it, and that the reading ones really change nothing.</summary>
public sealed class CommandEffectsTests
{
    [Fact]
    public void EveryCommand_IsClassified()
    {
        var unclassified = CommandInterpreter.All.Where(spec => CommandEffects.Of(spec, CommandLine.Parse(spec.Name)) is null).Select(spec => spec.Name);

        Assert.Empty(unclassified);
    }

    [Theory]
    [InlineData("svcs -x", CommandEffect.Read)]
    [InlineData("logs webapi-1 --since 10m", CommandEffect.Read)]
    [InlineData("config show webapi", CommandEffect.Read)]
    [InlineData("cert show auth", CommandEffect.Read)]
    [InlineData("kubectl rollout status deployment/cart", CommandEffect.Read)]
    [InlineData("kubectl rollout history deployment/cart", CommandEffect.Read)]
    [InlineData("tail webapi-1:/var/svc/log/site-webapi:default.log", CommandEffect.Read)]
    [InlineData("help", CommandEffect.Read)]
    [InlineData("svcz -x", CommandEffect.Read)]
    [InlineData("svcadm restart webapi-1", CommandEffect.Remediation)]
    [InlineData("config set webapi max_sockets 64", CommandEffect.Remediation)]
    [InlineData("kubectl rollout undo deployment/cart", CommandEffect.Remediation)]
    [InlineData("kubectl rollout restart deployment/cart", CommandEffect.Remediation)]
    [InlineData("db promote pg-2", CommandEffect.Remediation)]
    public void EffectOf_ReadsTheList(string commandLine, CommandEffect expected) =>
        Assert.Equal(expected, Cell.EffectOf(commandLine));

    [Theory]
    [InlineData("manta-webapi-crash")]
    [InlineData("shop-cart-memory-leak")]
    public void EveryReadingCommand_OnAFrozenCell_LeavesItsSnapshotAndDigestAsTheyWere(string scenarioId)
    {
        var scenario = TestScenarios.Load(scenarioId);
        var cell = Cell.Create(scenario, 11);
        cell.RunUntil(400);
        cell.Execute("svcs -x");
        var before = cell.Snapshot().ToArray();
        var digest = cell.Digest;
        var actions = cell.Actions.Count;

        foreach (var line in ReadingLines(cell))
        {
            cell.Read(line);
            Assert.True(before.AsSpan().SequenceEqual(cell.Snapshot().ToArray()), $"'{line}' changed the cell's snapshot");
        }

        Assert.Equal(digest, cell.Digest);
        Assert.Equal(actions, cell.Actions.Count);
        Assert.Equal(digest, Cell.Replay(scenario, 11, cell.Actions, cell.Now).Digest);
    }

    [Fact]
    public void Read_AnswersLikeExecute_WithoutLoggingAnAction()
    {
        var logged = Cell.Create(TestScenarios.Manta, 5);
        var read = Cell.Create(TestScenarios.Manta, 5);
        logged.RunUntil(360);
        read.RunUntil(360);

        var executed = logged.Execute("svcs -x");
        var looked = read.Read("svcs -x");

        Assert.Equal(executed, looked);
        Assert.Single(logged.Actions);
        Assert.Empty(read.Actions);
    }

    [Fact]
    public void Read_OfARemediation_IsRefused()
    {
        var cell = Cell.Create(TestScenarios.Manta, 5);

        Assert.Throws<InvalidOperationException>(() => cell.Read("svcadm restart webapi"));
        Assert.Empty(cell.Actions);
    }

    /// <summary>Each reading command bare and with the kinds of argument its usage names.</summary>
    private static IEnumerable<string> ReadingLines(Cell cell)
    {
        var topology = cell.State.Topology;
        var instance = topology.InstanceIds[0];
        var other = topology.InstanceIds[^1];
        string[] arguments =
        [
            "", "-xv", instance, topology.Services[0].Id, topology.Hosts[0].Id, "pods", "nodes", "deployments",
            $"{instance} errors --since 30m", $"{instance} --since 10m --level error --tail 5", $"{instance} {other}",
            .. topology.Databases.Select(d => d.Id),
        ];
        foreach (var spec in CommandInterpreter.All.Where(s => Cell.EffectOf(s.Name + " x") == CommandEffect.Read))
        {
            foreach (var argument in arguments)
            {
                yield return $"{spec.Name} {argument}".TrimEnd();
            }
        }

        yield return "kubectl rollout status deployment/" + topology.Services[0].Id;
        yield return "help";
    }
}
