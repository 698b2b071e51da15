using System.Globalization;
using System.Text;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tools;

/// <summary>Operating-system limits: what a process has open against its open-file limit, and raising that limit.</summary>
internal static class LimitCommands
{
    public static readonly CommandSpec[] All =
    [
        new("pfiles", ToolPack.Os, "pfiles <instance|service>", "open file descriptors of a process against its limit", Pfiles),
        new("sockstat", ToolPack.Os, "sockstat <instance>", "socket summary: established, TIME_WAIT and the local port range", SocketSummary),
        new("ulimit", ToolPack.Os, "ulimit <instance|service> <max-open-files>", "raise a process's open-file limit (ulimit -n) and reload it", Ulimit),
    ];

    private static CommandResult Pfiles(CommandContext ctx)
    {
        var instances = ctx.Instances(ctx.Line[1], out var problem);
        if (instances is null)
        {
            return CommandResult.Fail("pfiles: " + problem + " (usage: pfiles <instance|service>)");
        }

        var text = new StringBuilder();
        foreach (var i in instances)
        {
            var state = ctx.Cell.Instances[i];
            var id = ctx.Topology.InstanceIds[i];
            if (state.Process != ProcessState.Online)
            {
                text.Append(id).Append(": no such process\n");
                continue;
            }

            // Without a modelled limit the table is what a healthy process holds: its own files and its connections.
            var open = state.MaxFds > 0 ? state.OpenFds : CellState.BaseFds + state.Connections;
            var sockets = Math.Max(0, open - CellState.BaseFds - state.LeakedFds);
            var limit = state.MaxFds > 0 ? state.MaxFds.ToString("0", CultureInfo.InvariantCulture) : "65536";
            text.Append(CultureInfo.InvariantCulture, $"{id}:\n");
            text.Append(CultureInfo.InvariantCulture, $"  Current rlimit: {limit} file descriptors\n");
            text.Append(CultureInfo.InvariantCulture, $"  open: {open:0}   sockets (connected): {sockets:0}   sockets (CLOSE_WAIT, never closed): {state.LeakedFds:0}   files and pipes: {CellState.BaseFds:0}\n");
        }

        return CommandResult.Show(text.ToString());
    }

    private static CommandResult SocketSummary(CommandContext ctx)
    {
        var i = ctx.Instance(ctx.Line.Words.Skip(1).FirstOrDefault(w => !w.StartsWith('-')) ?? "", out var problem);
        if (i < 0)
        {
            return CommandResult.Fail("sockstat: " + problem + " (usage: sockstat <instance>)");
        }

        var state = ctx.Cell.Instances[i];
        var range = state.LocalPorts;
        return CommandResult.Show(string.Create(CultureInfo.InvariantCulture, $"""
            {ctx.Topology.InstanceIds[i]}:
            TCP:   {state.Connections + state.TimeWait:0} (estab {state.Connections:0}, closed 0, timewait {state.TimeWait:0})
            ip_local_port_range: {state.LocalPortLow}-{state.LocalPortHigh} ({range:0} ports, {Math.Min(100, 100 * state.TimeWait / range):0}% in TIME_WAIT), tcp_tw_reuse: {state.TimeWaitReuse}

            """));
    }

    private static CommandResult Ulimit(CommandContext ctx)
    {
        var instances = ctx.Instances(ctx.Line[1], out var problem);
        if (instances is null || !int.TryParse(ctx.Line[2], NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 256 or > 1048576)
        {
            return CommandResult.Fail("ulimit: " + (problem ?? "usage: ulimit <instance|service> <max-open-files> (256-1048576)"));
        }

        foreach (var i in instances)
        {
            ctx.Cell.Instances[i].MaxFds = limit;
            ctx.Cell.AddEvent(i, "info", $"open-file limit raised to {limit} (ulimit -n)");
        }

        return RemediationCommands.Apply(ctx, new Remediation(RemediationVerb.RaiseLimit, instances, Value: limit.ToString(CultureInfo.InvariantCulture)),
            $"ulimit -n {limit} on {instances.Length} instance(s)\n");
    }
}
