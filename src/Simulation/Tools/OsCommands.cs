using System.Globalization;
using System.Text;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tools;

/// <summary>Operating-system tools every environment has: service status, processes, disks, logs, metrics, network.</summary>
internal static class OsCommands
{
    public static readonly CommandSpec[] All =
    [
        new("svcs", ToolPack.Os, "svcs [-xv] [instance|service|host]", "service status; -xv explains services that are not online", Svcs),
        new("prstat", ToolPack.Os, "prstat <host|instance>", "processes by CPU on a host", Prstat),
        new("top", ToolPack.Os, "top <host|instance>", "processes by CPU on a host", Prstat),
        new("df", ToolPack.Os, "df -h [instance|service|host]", "disk use", Df),
        new("tail", ToolPack.Os, "tail [-n 20] <instance>:/var/svc/log/<file>", "the end of the service log svcs -xv points at", ServiceLog.Tail),
        new("logs", ToolPack.Os, "logs <instance> [--since 10m] [--grep text] [--level error] [--tail 20]", "the instance's JSON log lines", Logs),
        new("metrics", ToolPack.Os, "metrics <instance|service> <cpu|memory|disk|connections|queue-depth|errors|latency-ms|rps|replication-lag> [--since 30m]", "per-minute metric values", MetricQuery.Run),
        new("netstat", ToolPack.Os, "netstat -s <instance>", "TCP counters of an instance", Netstat),
        new("ping", ToolPack.Os, "ping <from-instance> <to-instance>", "connectivity check between two instances", Ping),
        new("date", ToolPack.Os, "date [host]", "the clock on a host", Date),
        new("config show", ToolPack.Os, "config show <service>", "the running configuration of a service", ConfigShow),
        new("status", ToolPack.Os, "status", "overview of services and request success", Status),
    ];

    /// <summary>
    /// Each instance's zone is capped at this many CPUs, so a saturated instance is a small share of a large host:
    /// prstat shows both, the share of the host per process and each zone's use of its own cap.
    /// </summary>
    private const int ZoneCpus = 4;

    private static CommandResult Svcs(CommandContext ctx)
    {
        var explain = ctx.Line.Has("-xv") || ctx.Line.Has("-x");
        var target = ctx.Line.Words.Skip(1).FirstOrDefault(w => !w.StartsWith('-')) ?? "";
        int[] instances;
        if (target.Length == 0)
        {
            instances = [.. Enumerable.Range(0, ctx.Topology.InstanceCount)];
        }
        else if (ctx.Instances(target, out var problem) is { } found)
        {
            instances = found;
        }
        else
        {
            return CommandResult.Fail("svcs: " + problem);
        }

        var text = new StringBuilder();
        if (!explain)
        {
            text.AppendLine("STATE          STIME    FMRI");
            foreach (var i in instances)
            {
                var state = ctx.Cell.Instances[i];
                text.Append(StateName(state.Process).PadRight(15)).Append(SimulatedClock.Time(state.StateSince).PadRight(9))
                    .Append("svc:/site/").Append(ctx.Topology.Services[ctx.Topology.InstanceService[i]].Id).Append(":default (").Append(ctx.Topology.InstanceIds[i]).AppendLine(")");
            }

            return CommandResult.Show(text.ToString());
        }

        foreach (var i in instances)
        {
            var state = ctx.Cell.Instances[i];
            if (state.Process == ProcessState.Online)
            {
                continue;
            }

            var service = ctx.Topology.Services[ctx.Topology.InstanceService[i]].Id;
            var last = ctx.Cell.Events.LastOrDefault(e => e.Instance == i && e.Level == "error");
            text.AppendLine($"svc:/site/{service}:default ({ctx.Topology.InstanceIds[i]} on {ctx.Topology.Hosts[ctx.Topology.InstanceHost[i]].Id})");
            text.AppendLine($" State: {StateName(state.Process)} since {SimulatedClock.Iso(state.StateSince)}");
            text.AppendLine(state.Process switch
            {
                ProcessState.Maintenance => "Reason: Restarting too quickly.\n   See: http://illumos.org/msg/SMF-8000-L5",
                ProcessState.Disabled => "Reason: Disabled by an administrator.\n   See: http://illumos.org/msg/SMF-8000-05",
                ProcessState.Restarting => "Reason: Start method is running.\n   See: http://illumos.org/msg/SMF-8000-C4",
                _ => "Reason: Service is offline.\n   See: http://illumos.org/msg/SMF-8000-GE",
            });
            text.AppendLine($"   See: {ServiceLog.PathOf(ctx, i)} (on {ctx.Topology.InstanceIds[i]})");
            if (last is not null)
            {
                text.AppendLine($"   Last error at {SimulatedClock.Iso(last.Second)}: {last.Message}");
            }

            text.AppendLine($"Impact: This service is not running.");
            text.AppendLine();
        }

        return CommandResult.Show(text.Length == 0 ? "" : text.ToString());
    }

    internal static string StateName(ProcessState state) => state switch
    {
        ProcessState.Online => "online",
        ProcessState.Offline => "offline",
        ProcessState.Maintenance => "maintenance",
        ProcessState.Restarting => "offline*",
        _ => "disabled",
    };

    private static CommandResult Prstat(CommandContext ctx)
    {
        var host = ctx.Host(ctx.Line[1], out var problem);
        if (host < 0)
        {
            return CommandResult.Fail($"{ctx.Line[0]}: {problem}");
        }

        var rows = new List<(double Cpu, string Line)>();
        var zones = new List<int>();
        var pid = 1000 + (host * 611);
        for (var i = 0; i < ctx.Topology.InstanceCount; i++)
        {
            if (ctx.Topology.InstanceHost[i] != host || ctx.Cell.Instances[i].Process != ProcessState.Online)
            {
                continue;
            }

            var state = ctx.Cell.Instances[i];
            var cpu = state.Cpu * 100 / ctx.Topology.Hosts[host].Cpus * ZoneCpus;
            zones.Add(i);
            var name = ctx.Topology.Services[ctx.Topology.InstanceService[i]].Kind switch
            {
                ServiceKind.Database => "postgres",
                ServiceKind.Proxy => "haproxy",
                ServiceKind.Coordination or ServiceKind.Queue => "java",
                ServiceKind.Storage => "nginx",
                ServiceKind.Cache => "redis-server",
                _ => "node",
            };
            rows.Add((cpu, Row(pid + (i * 7), state.MemoryMb, cpu, $"{name}/{ctx.Topology.InstanceIds[i]}")));
        }

        var agent = ctx.Cell.HostAgentCpu[host];
        var agentName = ctx.Cell.LiveFault("agent-starvation")?.Text("process") ?? "monitoring-agent";
        rows.Add((agent * 100, Row(pid - 3, 180 + (agent * 3000), agent * 100, agentName + "/1")));
        rows.Add((0.1, Row(pid - 40, 12, 0.1, "sshd/1")));
        var text = new StringBuilder("   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP\n");
        foreach (var row in rows.OrderByDescending(r => r.Cpu).ThenBy(r => r.Line, StringComparer.Ordinal))
        {
            text.AppendLine(row.Line);
        }

        var total = Math.Min(100, rows.Sum(r => r.Cpu));
        text.AppendLine($"Total: {rows.Count} processes, load averages: {total / 25:0.00}, {total / 26:0.00}, {total / 27:0.00}");
        text.AppendLine();
        text.AppendLine("ZONE                    CPU  CAP        USED-OF-CAP");
        foreach (var i in zones)
        {
            var ofHost = ctx.Cell.Instances[i].Cpu * 100 / ctx.Topology.Hosts[host].Cpus * ZoneCpus;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{ctx.Topology.InstanceIds[i],-20} {ofHost,5:0.0}%  {ZoneCpus} cpus {ctx.Cell.Instances[i].Cpu * 100,11:0}%"));
        }

        return CommandResult.Show(text.ToString());
    }

    private static string Row(int pid, double rssMb, double cpu, string process) =>
        string.Create(CultureInfo.InvariantCulture, $"{pid,6} root     {rssMb * 1.2,4:0}M {rssMb,4:0}M cpu{pid % 16,-3} 1    0   0:{pid % 60:00}:{pid % 37:00} {cpu,4:0.0}% {process}");

    private static CommandResult Df(CommandContext ctx)
    {
        var target = ctx.Line.Words.Skip(1).FirstOrDefault(w => !w.StartsWith('-')) ?? "";
        string? problem = null;
        var instances = target.Length == 0 ? [.. Enumerable.Range(0, ctx.Topology.InstanceCount)] : ctx.Instances(target, out problem);
        if (instances is null)
        {
            return CommandResult.Fail("df: " + problem);
        }

        var text = new StringBuilder("Filesystem                         Size  Used Avail Use% Mounted on\n");
        foreach (var i in instances)
        {
            var size = ctx.Cell.DiskCapacityGb(i);
            var used = ctx.Cell.Instances[i].DiskUsedGb;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{("zones/" + ctx.Topology.InstanceIds[i]),-34} {Gb(size),5} {Gb(used),5} {Gb(size - used),5} {used / size * 100,3:0}% /zones/{ctx.Topology.InstanceIds[i]}"));
        }

        return CommandResult.Show(text.ToString());
    }

    private static string Gb(double gb) => gb >= 1000 ? string.Create(CultureInfo.InvariantCulture, $"{gb / 1024:0.0}T") : string.Create(CultureInfo.InvariantCulture, $"{gb:0}G");

    private static CommandResult Logs(CommandContext ctx)
    {
        var instance = ctx.Instance(ctx.Line[1], out var problem);
        if (instance < 0)
        {
            return CommandResult.Fail("logs: " + problem);
        }

        if (!ctx.Line.TryDuration("since", TimeSpan.FromMinutes(10), out var since, out problem)
            || !ctx.Line.TryInt("tail", 20, 1, 500, out var tail, out problem))
        {
            return CommandResult.Fail("logs: " + problem);
        }

        var lines = LogGenerator.Lines(ctx.Cell, instance, (long)since.TotalSeconds, ctx.Line.Option("grep"), ctx.Line.Option("level"), tail);
        return CommandResult.Show(LogGenerator.Shown(ctx.Line, lines, "(no matching log lines)"));
    }

    private static CommandResult Netstat(CommandContext ctx)
    {
        var instance = ctx.Instance(ctx.Line.Words.Skip(1).FirstOrDefault(w => !w.StartsWith('-')) ?? "", out var problem);
        if (instance < 0)
        {
            return CommandResult.Fail("netstat: " + problem + " (usage: netstat -s <instance>)");
        }

        var state = ctx.Cell.Instances[instance];
        var segments = state.RequestsTotal * 12;
        var slowStart = ctx.Cell.Faults.Where(f => f.IsLiveOn(instance) && f.Descriptor.Kind == "tcp-slow-start").Sum(f => (long)(f.Scratch));
        return CommandResult.Show(string.Create(CultureInfo.InvariantCulture, $"""
            TCP     tcpRtoAlgorithm     =     4     tcpRtoMin           =   400
                    tcpActiveOpens      ={state.RequestsTotal / 3,10}     tcpPassiveOpens     ={state.RequestsTotal,10}
                    tcpAttemptFails     ={state.ErrorsTotal / 4,10}     tcpEstabResets      ={state.ErrorsTotal / 9,10}
                    tcpCurrEstab        ={state.Connections + state.HungConnections,10:0}     tcpOutSegs          ={segments,10}
                    tcpRetransSegs      ={state.Retransmits,10}     tcpTimRetrans       ={state.Retransmits / 3,10}
                    tcpTimKeepalive     ={(ctx.Cell.Config(ctx.Topology.InstanceService[instance], "tcp_keepalive") == "false" ? 0 : state.RequestsTotal / 50),10}     tcpHalfOpenDrop     ={(long)state.HungConnections,10}
                    tcpSlowStartRestarts={slowStart,10}     tcpListenDrop       ={(long)(state.QueueDepth / 10),10}

            """));
    }

    private static CommandResult Ping(CommandContext ctx)
    {
        var from = ctx.Instance(ctx.Line[1], out var problem);
        var to = from < 0 ? -1 : ctx.Instance(ctx.Line[2], out problem);
        if (from < 0 || to < 0)
        {
            return CommandResult.Fail("ping: " + problem + " (usage: ping <from-instance> <to-instance>)");
        }

        var name = ctx.Topology.InstanceIds[to];
        var cell = ctx.Cell;
        if (cell.Effects[from].Unreachable != cell.Effects[to].Unreachable || (cell.Effects[from].Unreachable && cell.Topology.InstanceHost[from] != cell.Topology.InstanceHost[to])
            || cell.LinkCut(from, to))
        {
            return CommandResult.Show($"PING {name}: 5 packets transmitted, 0 received, 100% packet loss\nno answer from {name}\n");
        }

        var loss = Math.Max(cell.Effects[from].PacketLoss, cell.Effects[to].PacketLoss);
        var rtt = (cell.Topology.Datacenter(from) == cell.Topology.Datacenter(to) ? 0.3 : 1.8) + cell.Topology.RttMs(from, to)
            + cell.Effects[from].ExtraLatencyMs + cell.Effects[to].ExtraLatencyMs;
        var received = 5 - (int)Math.Round(5 * loss * 4 > 5 ? 5 : 5 * loss * 4);
        return CommandResult.Show(string.Create(CultureInfo.InvariantCulture,
            $"PING {name}: 5 packets transmitted, {received} received, {(5 - received) * 20}% packet loss\nround-trip min/avg/max = {rtt:0.000}/{rtt * 1.1:0.000}/{rtt * 1.6:0.000} ms\n"));
    }

    private static CommandResult Date(CommandContext ctx)
    {
        string? problem = null;
        var host = ctx.Line[1].Length == 0 ? 0 : ctx.Host(ctx.Line[1], out problem);
        return host < 0 ? CommandResult.Fail("date: " + problem) : CommandResult.Show(SimulatedClock.Iso(ctx.Cell.Now, ctx.Cell.HostClockSkew[host]) + "\n");
    }

    private static CommandResult ConfigShow(CommandContext ctx)
    {
        var service = ctx.Service(ctx.Line[2], out var problem);
        if (service < 0)
        {
            return CommandResult.Fail("config show: " + problem);
        }

        var keys = new SortedSet<string>(ctx.Topology.Services[service].Config.Keys, StringComparer.Ordinal);
        if (ctx.Cell.ConfigOverrides.Length > service && ctx.Cell.ConfigOverrides[service] is { } overrides)
        {
            keys.UnionWith(overrides.Keys);
        }

        var text = new StringBuilder($"# {ctx.Topology.Services[service].Id} running configuration\n");
        foreach (var key in keys)
        {
            text.Append(key).Append(": ").AppendLine(ctx.Cell.Config(service, key));
        }

        return CommandResult.Show(text.ToString());
    }

    private static CommandResult Status(CommandContext ctx)
    {
        if (ctx.Cell.MonitoringDownBecause() is { } down)
        {
            return CommandResult.Fail($"status: the dashboard has no data: its metrics come through {down}, which is not answering");
        }

        var health = HealthSnapshot.Of(ctx.Cell);
        var text = new StringBuilder("SERVICE              ONLINE  IN-ROTATION      RPS   ERRORS  LATENCY\n");
        foreach (var s in health.Services)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{s.Id,-20} {s.Online,3}/{s.Instances,-3} {s.InRotation,6}   {s.Rps,9:0} {s.ErrorShare,7:P1} {s.LatencyMs,7:0}ms"));
        }

        return CommandResult.Show(text.ToString());
    }
}
