using System.Globalization;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Tools;

/// <summary>
/// The service manager's log of one instance (<c>/var/svc/log/site-&lt;service&gt;:default.log</c>, where
/// <c>svcs -xv</c> points), read with <c>tail</c>: start and stop methods and what the process wrote before it
/// exited, made from the instance's recorded events. The file lives in the instance's zone, so the instance is
/// named: <c>tail webapi-3:/var/svc/log/site-webapi:default.log</c> or <c>tail /var/svc/log/… webapi-3</c>.
/// </summary>
internal static class ServiceLog
{
    private const string Directory = "/var/svc/log/";

    public static string PathOf(CommandContext ctx, int instance) =>
        $"{Directory}site-{ctx.Topology.Services[ctx.Topology.InstanceService[instance]].Id}:default.log";

    public static CommandResult Tail(CommandContext ctx)
    {
        var count = 10;
        var words = new List<string>();
        var line = ctx.Line.Words;
        for (var k = 1; k < line.Count; k++)
        {
            if (line[k] == "-n" && k + 1 < line.Count)
            {
                if (!int.TryParse(line[++k], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 500)
                {
                    return CommandResult.Fail($"tail: invalid number of lines: '{line[k]}' (1 to 500)");
                }
            }
            else if (line[k] == "-f")
            {
                return CommandResult.Fail("tail: -f would never end here; run tail again to see new lines");
            }
            else
            {
                words.Add(line[k]);
            }
        }

        if (!ctx.Line.TryInt("lines", count, 1, 500, out count, out var problem))
        {
            return CommandResult.Fail("tail: " + problem);
        }

        var (name, path) = Split(words, ctx.Line.Option("on"));
        if (path.Length == 0)
        {
            return CommandResult.Fail("tail: usage: tail [-n 20] <instance>:/var/svc/log/<file>  (the log svcs -xv points at)");
        }

        if (!path.StartsWith(Directory, StringComparison.Ordinal))
        {
            return CommandResult.Fail($"tail: cannot open '{path}': only the service logs under {Directory} are kept here; use logs <instance> for the application's log");
        }

        var candidates = Enumerable.Range(0, ctx.Topology.InstanceCount).Where(i => PathOf(ctx, i) == path).ToArray();
        if (candidates.Length == 0)
        {
            return CommandResult.Fail($"tail: cannot open '{path}' for reading: No such file or directory");
        }

        int instance;
        if (name is null)
        {
            if (candidates.Length > 1)
            {
                return CommandResult.Fail($"tail: each instance keeps its own {path}; name one: tail {ctx.Topology.InstanceIds[candidates[0]]}:{path}");
            }

            instance = candidates[0];
        }
        else if ((instance = ctx.Instance(name, out problem)) < 0)
        {
            return CommandResult.Fail("tail: " + problem);
        }
        else if (Array.IndexOf(candidates, instance) < 0)
        {
            return CommandResult.Fail($"tail: cannot open '{path}' on {name}: No such file or directory (it runs {ctx.Topology.Services[ctx.Topology.InstanceService[instance]].Id})");
        }

        var lines = Lines(ctx, instance);
        return CommandResult.Show(lines.Count == 0 ? "" : string.Join('\n', lines.Skip(Math.Max(0, lines.Count - count))) + "\n");
    }

    private static (string? Instance, string Path) Split(List<string> words, string? on)
    {
        if (words.Count == 1 && words[0].IndexOf(':') is var colon and > 0 && !words[0].StartsWith('/'))
        {
            return (words[0][..colon], words[0][(colon + 1)..]);
        }

        var path = words.FirstOrDefault(w => w.StartsWith('/')) ?? (words.Count > 0 ? words[0] : "");
        return (on ?? words.FirstOrDefault(w => w != path), path);
    }

    private static List<string> Lines(CommandContext ctx, int instance)
    {
        var service = ctx.Topology.Services[ctx.Topology.InstanceService[instance]].Id;
        var lines = new List<string>();
        foreach (var e in ctx.Cell.Events)
        {
            if (e.Instance != instance)
            {
                continue;
            }

            var when = SimulatedClock.Epoch.AddSeconds(e.Second).ToString("MMM d HH:mm:ss", CultureInfo.InvariantCulture);
            switch (e.Level)
            {
                case "info" when e.Message.Contains("start", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("online", StringComparison.OrdinalIgnoreCase):
                    lines.Add($"[ {when} Executing start method (\"/opt/site/{service}/bin/start\"). ]");
                    lines.Add($"[ {when} Method \"start\" exited with status 0. ]");
                    break;
                case "error" or "fatal":
                    lines.Add(e.Message);
                    lines.Add($"[ {when} Stopping because all processes in service exited. ]");
                    if (ctx.Cell.Instances[instance].Process == ProcessState.Maintenance && ReferenceEquals(e, LastError(ctx.Cell, instance)))
                    {
                        lines.Add($"[ {when} Restarting too quickly, changing state to maintenance. ]");
                    }

                    break;
                default:
                    lines.Add($"[ {when} {e.Message} ]");
                    break;
            }
        }

        return lines;
    }

    private static CellEvent? LastError(CellState cell, int instance) =>
        cell.Events.LastOrDefault(e => e.Instance == instance && e.Level is "error" or "fatal");
}
