using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Databases;

/// <summary>A database whose reads go to replicas keeps reading without a primary, and its reads can be stale.</summary>
public sealed class ReplicaReadsTests
{
    private const string Replicas = ", reads: replicas";

    private static (double Read, double Write) Shares(Cell cell)
    {
        var service = cell.State.Topology.DatabaseService[0];
        return (cell.State.ServiceRead[service].FailShare, cell.State.ServiceWrite[service].FailShare);
    }

    [Fact]
    public void WithThePrimaryDown_ReplicaReadsWork_WhileWritesFail()
    {
        const string crash = "[ { id: crash, kind: process-crash, target: db-1, at: 1m } ]";
        var replicas = DatabaseShard.Create(crash, database: Replicas);
        var primary = DatabaseShard.Create(crash);
        replicas.RunUntil(75);
        primary.RunUntil(75);
        Assert.Equal((0.0, 1.0), Shares(replicas));
        Assert.Equal((1.0, 1.0), Shares(primary));
    }

    [Fact]
    public void ADownReplica_FailsItsShareOfReads()
    {
        var cell = DatabaseShard.Create("[ { id: crash, kind: process-crash, target: db-3, at: 1m } ]", database: Replicas);
        cell.RunUntil(75);
        Assert.Equal(0.5, Shares(cell).Read, 6);
        Assert.Equal(0, Shares(cell).Write);
    }

    [Fact]
    public void ALaggingReplica_MakesReadsStale_ThenIsShunned()
    {
        var cell = DatabaseShard.Create("[ { id: lag, kind: replication-lag, target: main, at: 1m, parameters: { rate: \"1\" } } ]", database: Replicas);
        cell.RunUntil(80);
        Assert.InRange(cell.State.ReadStalenessSeconds(0), 15, 25);
        Assert.Contains("reads: replicas (stale by up to", cell.Execute("db status main").Output);
        cell.RunUntil(150);
        Assert.Equal(1.5, cell.State.ReadStalenessSeconds(0), 6);
        Assert.Equal(0, Shares(cell).Read);
    }

    [Fact]
    public void ABadReadsValue_IsReportedAtItsPosition()
    {
        var yaml = TestScenarios.Text("manta-manatee-stuck-failover").Replace("failover_after: 30s }", "failover_after: 30s, reads: secondaries }", StringComparison.Ordinal);
        var loaded = ScenarioLoader.Load(yaml, "db.yaml");
        Assert.False(loaded.Succeeded);
        Assert.Contains(loaded.Problems, p => p.File == "db.yaml" && p.Line == 95 && p.Message.Contains("'reads' in", StringComparison.Ordinal) && p.Message.Contains("primary, replicas", StringComparison.Ordinal));
    }
}
