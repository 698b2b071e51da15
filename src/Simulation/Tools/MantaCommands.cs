using System.Globalization;
using System.Text;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tools;

/// <summary>The Manta-like tool pack: deployment listing, the Manatee failover manager, PostgreSQL and Moray stats.</summary>
internal static class MantaCommands
{
    public static readonly CommandSpec[] All =
    [
        new("manta-adm show", ToolPack.Manta, "manta-adm show [service]", "where every instance runs", Show),
        new("manatee-adm pg-status", ToolPack.Manta, "manatee-adm pg-status [shard]", "Manatee shard replication status", PgStatus),
        new("manatee-adm show", ToolPack.Manta, "manatee-adm show [shard]", "Manatee cluster state", PgStatus),
        new("manatee-adm promote", ToolPack.Manta, "manatee-adm promote <peer>", "promote a peer to primary", ctx => DatabaseCommands.Promote(ctx, ctx.Line[2])),
        new("manatee-adm rebuild", ToolPack.Manta, "manatee-adm rebuild <peer>", "rebuild a deposed or lagging peer", ctx => DatabaseCommands.Rebuild(ctx, ctx.Line[2])),
        new("pgsqlstat", ToolPack.Manta, "pgsqlstat [shard]", "PostgreSQL queries per second and latency (DTrace)", PgSqlStat),
        new("moraystat", ToolPack.Manta, "moraystat [instance]", "Moray connections, queue and request latency", MorayStat),
    ];

    private static CommandResult Show(CommandContext ctx)
    {
        var filter = ctx.Line[2];
        if (filter.Length > 0 && ctx.Service(filter, out var problem) < 0)
        {
            return CommandResult.Fail("manta-adm show: " + problem);
        }

        var text = new StringBuilder("SERVICE          SH DATACENTER ZONENAME                              GZ HOST    ADMIN IP\n");
        for (var i = 0; i < ctx.Topology.InstanceCount; i++)
        {
            var service = ctx.Topology.Services[ctx.Topology.InstanceService[i]].Id;
            if (filter.Length > 0 && service != filter)
            {
                continue;
            }

            var zone = Zone(ctx.Cell.Seed, i);
            text.AppendLine($"{service,-16} {1,2} {ctx.Topology.Datacenter(i),-10} {zone} {ctx.Topology.Hosts[ctx.Topology.InstanceHost[i]].Id,-7} 10.{ctx.Topology.HostDatacenter[ctx.Topology.InstanceHost[i]]}.{i / 250}.{(i % 250) + 2}  ({ctx.Topology.InstanceIds[i]})");
        }

        return CommandResult.Show(text.ToString());
    }

    private static string Zone(ulong seed, int i)
    {
        var a = Randomness.Prng.Mix(seed, (ulong)i, 77);
        return string.Create(CultureInfo.InvariantCulture, $"{(uint)(a >> 32):x8}-{(ushort)(a >> 16):x4}-{(ushort)a:x4}-{(ushort)(a >> 40):x4}-{a & 0xffffffffffff:x12}");
    }

    private static CommandResult PgStatus(CommandContext ctx)
    {
        var d = ctx.Database(ctx.Line[2], out var problem);
        if (d < 0)
        {
            return CommandResult.Fail("manatee-adm: " + problem);
        }

        var db = ctx.Cell.Databases[d];
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"CLUSTER: {ctx.Topology.Databases[d].Id}.moray\nGENERATION: {db.Failovers + 1}\nMODE: normal{(db.FailoverStuck ? " (FROZEN: state machine not advancing)" : "")}\n\n"));
        text.AppendLine("ROLE     PEER                 PG   REPL  SENT          FLUSH         REPLAY        LAG");
        var lsn = 0x10A000000L + (ctx.Cell.Now * 4096);
        foreach (var i in DatabaseCommands.Peers(ctx, d))
        {
            var role = db.RoleOf(i);
            var pg = ctx.Cell.IsUp(i) ? "ok" : "fail";
            var lag = ctx.Cell.Instances[i].Lag;
            var behind = (long)(lag * 40960);
            var repl = role == "primary" ? (db.Sync >= 0 ? "sync" : "-") : role == "sync" ? (db.Async.Count > 0 ? "async" : "-") : "-";
            var position = role is "deposed" or "diverged" or "none" ? "-" : role == "primary" ? $"{Lsn(lsn)}  {Lsn(lsn)}  {Lsn(lsn)}" : $"{Lsn(lsn - behind)}  {Lsn(lsn - behind)}  {Lsn(lsn - behind)}";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{role,-8} {ctx.Topology.InstanceIds[i],-20} {pg,-4} {repl,-5} {(pg == "ok" ? position : "-"),-40} {(role is "primary" ? "-" : role == "diverged" ? "- (diverged timeline: rebuild)" : role is "deposed" or "none" ? "- (deposed: not replicating)" : $"{lag:0}s")}"));
        }

        if (db.Primary < 0 || !ctx.Cell.IsUp(db.Primary))
        {
            text.AppendLine("\nerror: primary is not reachable" + (db.FailoverStuck ? "; no takeover in progress" : "; takeover pending"));
        }

        return CommandResult.Show(text.ToString());
    }

    private static string Lsn(long value) => string.Create(CultureInfo.InvariantCulture, $"{value >> 32:X}/{value & 0xFFFFFFFF:X8}");

    private static CommandResult PgSqlStat(CommandContext ctx)
    {
        var d = ctx.Database(ctx.Line[1], out var problem);
        if (d < 0)
        {
            return CommandResult.Fail("pgsqlstat: " + problem);
        }

        var db = ctx.Cell.Databases[d];
        var s = ctx.Topology.DatabaseService[d];
        var read = ctx.Cell.ServiceRead[s];
        var write = ctx.Cell.ServiceWrite[s];
        var qps = db.Primary >= 0 && ctx.Cell.IsUp(db.Primary) ? ctx.Cell.ServiceLoad[s] * (1 - read.FailShare) : 0;
        var text = new StringBuilder("   QS   QD  TxCm TxAb  QLAT(us) TxLAT(us)\n");
        for (var k = 0; k < 5; k++)
        {
            var jitter = 1 + (((int)(Randomness.Prng.Mix(ctx.Cell.Seed, (ulong)ctx.Cell.Now, (ulong)k) % 11) - 5) / 100.0);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{qps * jitter,5:0} {qps * jitter,4:0} {qps * 0.3 * jitter * (1 - write.FailShare),5:0} {qps * 0.3 * write.FailShare,4:0} {read.LatencyMs * 1000 * jitter,9:0} {write.LatencyMs * 1000 * jitter,9:0}"));
        }

        return CommandResult.Show(text.ToString());
    }

    private static CommandResult MorayStat(CommandContext ctx)
    {
        var instances = ctx.Line[1].Length > 0 ? ctx.Instances(ctx.Line[1], out var problem) : ctx.Topology.InstancesOf("moray");
        if (instances is null or { Length: 0 })
        {
            return CommandResult.Fail("moraystat: no moray instances here; name one (moraystat <instance>)");
        }

        var text = new StringBuilder("INSTANCE         CONNS  QUEUE   REQ/s  ERR/s  AVG LAT(ms)\n");
        foreach (var i in instances)
        {
            var state = ctx.Cell.Instances[i];
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{ctx.Topology.InstanceIds[i],-16} {state.Connections + state.HungConnections,5:0} {state.QueueDepth,6:0} {state.Rps,7:0} {state.Rps * state.ErrorShare,6:0} {state.LatencyMs,11:0.0}"));
        }

        return CommandResult.Show(text.ToString());
    }
}
