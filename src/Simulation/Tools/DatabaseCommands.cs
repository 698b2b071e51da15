using System.Globalization;
using System.Text;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tools;

/// <summary>Replicated database and coordination-service tools, in a generic (PostgreSQL / ZooKeeper) voice.</summary>
internal static class DatabaseCommands
{
    public static readonly CommandSpec[] All =
    [
        new("db status", ToolPack.Database, "db status [database]", "replication roles, state and lag of each peer", Status),
        new("db activity", ToolPack.Database, "db activity [database]", "running queries on the primary (pg_stat_activity)", Activity),
        new("db promote", ToolPack.Database, "db promote <instance>", "make a replica the primary (fail over by hand)", ctx => Promote(ctx, ctx.Line[2])),
        new("db switchover", ToolPack.Database, "db switchover <database> [sync peer]", "planned handover to the caught-up sync replica: no lost writes, a few seconds of write pause", DatabaseSwitchover.Run),
        new("db rebuild", ToolPack.Database, "db rebuild <instance>", "rebuild a replica from the primary", ctx => Rebuild(ctx, ctx.Line[2])),
        new("db cancel-queries", ToolPack.Database, "db cancel-queries [database]", "cancel long-running queries and migrations on the primary", CancelQueries),
        new("zk status", ToolPack.Coordination, "zk status", "coordination service members, modes and quorum", CoordinationStatus),
    ];

    internal static CommandResult Status(CommandContext ctx) => Status(ctx, ctx.Line[2]);

    internal static CommandResult Status(CommandContext ctx, string name)
    {
        var d = ctx.Database(name, out var problem);
        if (d < 0)
        {
            return CommandResult.Fail("db status: " + problem);
        }

        var db = ctx.Cell.Databases[d];
        var text = new StringBuilder($"database {ctx.Topology.Databases[d].Id} (service {ctx.Topology.Services[ctx.Topology.DatabaseService[d]].Id})\n");
        text.AppendLine("ROLE      PEER            HOST        STATE        LAG");
        foreach (var i in Peers(ctx, d))
        {
            var state = ctx.Cell.Instances[i];
            var up = ctx.Cell.IsUp(i) ? "ok" : ctx.Cell.Effects[i].Unreachable ? "unreachable" : state.Process.ToString().ToLowerInvariant();
            var lag = i == db.Primary ? "-"
                : db.RoleOf(i) == "diverged" ? $"- (diverged timeline: ~{db.DivergedWrites} writes the primary never got; rebuild it)"
                : db.RoleOf(i) is "deposed" or "none" ? "- (not replicating; rebuild it)"
                : string.Create(CultureInfo.InvariantCulture, $"{state.Lag:0.0}s");
            text.AppendLine($"{db.RoleOf(i),-9} {ctx.Topology.InstanceIds[i],-15} {ctx.Topology.Hosts[ctx.Topology.InstanceHost[i]].Id,-11} {up,-12} {lag}");
        }

        var manager = db.FailoverStuck ? "STUCK (state frozen; will not promote)" : ctx.Cell.CoordinationQuorum ? "ok" : "waiting for coordination quorum";
        text.AppendLine($"failover manager: {manager}");
        if (ctx.Topology.Databases[d].Reads == DatabaseReads.Replicas)
        {
            var stale = ctx.Cell.ReadStalenessSeconds(d);
            text.AppendLine(stale < 0
                ? "reads: replicas (none serving; reads go to the primary)"
                : string.Create(CultureInfo.InvariantCulture, $"reads: replicas (stale by up to {stale:0.0}s; replicas over {CellState.MaxReadLagSeconds:0}s behind are shunned)"));
        }

        if (ctx.Cell.Now < db.WritePauseUntil)
        {
            text.AppendLine($"writes paused: switchover in progress ({db.WritePauseUntil - ctx.Cell.Now}s left)");
        }

        if (db.LastFailover.Length > 0)
        {
            text.AppendLine($"last failover: {db.LastFailover}");
        }

        return CommandResult.Show(text.ToString());
    }

    internal static IEnumerable<int> Peers(CommandContext ctx, int d) =>
        ctx.Topology.ServiceInstances[ctx.Topology.DatabaseService[d]];

    private static CommandResult Activity(CommandContext ctx)
    {
        var d = ctx.Database(ctx.Line[2], out var problem);
        if (d < 0)
        {
            return CommandResult.Fail("db activity: " + problem);
        }

        var db = ctx.Cell.Databases[d];
        var text = new StringBuilder("  pid  | state  | wait_event    | duration | query\n-------+--------+---------------+----------+------------------------------------------\n");
        foreach (var fault in ctx.Cell.Faults)
        {
            if (!fault.IsLive || fault.TargetType != EntityType.Database || fault.Targets[0] != d)
            {
                continue;
            }

            var age = ctx.Cell.Now - fault.InjectedAt;
            if (fault.Descriptor.Kind == "lock-contention")
            {
                text.AppendLine($" 41877 | active | -             | {age,6}s  | ALTER TABLE manta ALTER COLUMN _value TYPE jsonb USING _value::jsonb");
                for (var k = 0; k < 5; k++)
                {
                    text.AppendLine($" {42001 + k} | active | Lock:relation | {Math.Min(age, 30),6}s  | INSERT INTO manta (_key, _value, _etag) VALUES ($1, $2, $3)");
                }
            }
            else if (fault.Descriptor.Kind == "slow-queries")
            {
                for (var k = 0; k < 6; k++)
                {
                    text.AppendLine($" {43100 + k} | active | IO:DataFileRead | {8 + k,6}s  | SELECT * FROM manta WHERE _vnode = $1 AND owner = $2 ORDER BY _mtime");
                }
            }
        }

        var load = ctx.Cell.ServiceLoad[ctx.Topology.DatabaseService[d]];
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"({load:0} queries/s on primary {(db.Primary >= 0 ? ctx.Topology.InstanceIds[db.Primary] : "none")})"));
        return CommandResult.Show(text.ToString());
    }

    internal static CommandResult Promote(CommandContext ctx, string name)
    {
        var i = ctx.Instance(name, out var problem);
        var d = i < 0 ? -1 : ctx.Topology.ServiceDatabase[ctx.Topology.InstanceService[i]];
        if (i < 0 || d < 0)
        {
            return CommandResult.Fail("promote: " + (problem ?? $"{name} is not a database peer"));
        }

        var db = ctx.Cell.Databases[d];
        if (db.Primary == i)
        {
            return CommandResult.Fail($"promote: {name} is already the primary");
        }

        if (!ctx.Cell.IsUp(i))
        {
            return CommandResult.Fail($"promote: {name} is not running; it cannot take over");
        }

        var lag = ctx.Cell.Instances[i].Lag;
        ctx.Cell.Promote(d, i, "operator");
        var warning = lag > 0.5 ? string.Create(CultureInfo.InvariantCulture, $"\nWARNING: {name} was {lag:0.0}s behind; writes it had not replayed are lost") : "";
        return RemediationCommands.Apply(ctx, new Remediation(RemediationVerb.Promote, [i], Database: d), $"{name} promoted to primary of {ctx.Topology.Databases[d].Id}{warning}\n");
    }

    internal static CommandResult Rebuild(CommandContext ctx, string name)
    {
        var i = ctx.Instance(name, out var problem);
        var d = i < 0 ? -1 : ctx.Topology.ServiceDatabase[ctx.Topology.InstanceService[i]];
        if (i < 0 || d < 0)
        {
            return CommandResult.Fail("rebuild: " + (problem ?? $"{name} is not a database peer"));
        }

        if (!ctx.Cell.Rebuild(d, i))
        {
            return CommandResult.Fail($"rebuild: {name} is the primary; rebuild replicas only");
        }

        return RemediationCommands.Apply(ctx, new Remediation(RemediationVerb.Rebuild, [i], Database: d), $"{name}: base backup from primary complete; streaming replication started as {ctx.Cell.Databases[d].RoleOf(i)} replica\n");
    }

    private static CommandResult CancelQueries(CommandContext ctx)
    {
        var d = ctx.Database(ctx.Line[2], out var problem);
        if (d < 0)
        {
            return CommandResult.Fail("db cancel-queries: " + problem);
        }

        var count = ctx.Cell.Faults.Count(f => f.IsLive && f.TargetType == EntityType.Database && f.Targets[0] == d && f.Descriptor.Kind is "lock-contention" or "slow-queries");
        return RemediationCommands.Apply(ctx, new Remediation(RemediationVerb.CancelQueries, [], Database: d),
            $"pg_cancel_backend: cancelled {(count == 0 ? 0 : 6)} long-running statement(s) on {ctx.Topology.Databases[d].Id}\n");
    }

    private static CommandResult CoordinationStatus(CommandContext ctx)
    {
        var zk = ctx.Topology.CoordinationService;
        if (zk < 0)
        {
            return CommandResult.Fail("zk status: this environment has no coordination service");
        }

        var text = new StringBuilder("MEMBER          HOST        MODE       STATE        LATENCY\n");
        var leader = ctx.Cell.CoordinationLeader();
        foreach (var i in ctx.Topology.ServiceInstances[zk])
        {
            var up = ctx.Cell.IsUp(i);
            var mode = !up || !ctx.Cell.CoordinationQuorum ? "-" : i == leader ? "leader" : "follower";
            text.AppendLine($"{ctx.Topology.InstanceIds[i],-15} {ctx.Topology.Hosts[ctx.Topology.InstanceHost[i]].Id,-11} {mode,-10} {(up ? "ok" : "not serving"),-12} {(up ? string.Create(CultureInfo.InvariantCulture, $"{ctx.Cell.CoordinationMemberMs(i):0.#}ms") : "-")}");
        }

        text.AppendLine($"quorum: {(ctx.Cell.CoordinationQuorum ? "yes" : "NO")}");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"average operation latency: {ctx.Topology.Services[zk].BaseLatencyMs + ctx.Cell.CoordinationDelayMs():0.#}ms"));
        return CommandResult.Show(text.ToString());
    }
}
