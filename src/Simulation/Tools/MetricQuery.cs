using System.Text;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Text;

namespace PracticePlatform.Simulation.Tools;

/// <summary>`metrics`: per-minute values of one metric for an instance or every instance of a service.</summary>
internal static class MetricQuery
{
    public static CommandResult Run(CommandContext ctx)
    {
        var instances = ctx.Instances(ctx.Line[1], out var problem);
        if (instances is null)
        {
            return CommandResult.Fail("metrics: " + problem);
        }

        var names = Enum.GetNames<MetricKind>().Select(YamlMap.Kebab).ToArray();
        var index = Array.IndexOf(names, ctx.Line[2]);
        if (index < 0)
        {
            return CommandResult.Fail($"metrics: unknown metric '{ctx.Line[2]}'{Suggestions.DidYouMean(ctx.Line[2], names)}; one of {string.Join(", ", names)}");
        }

        if (!ctx.Line.TryDuration("since", TimeSpan.FromMinutes(15), out var since, out problem))
        {
            return CommandResult.Fail("metrics: " + problem);
        }

        if (ctx.Cell.MonitoringDownBecause() is { } down)
        {
            return CommandResult.Fail($"metrics: no data: the metrics pipeline is not answering (query to {down} timed out)");
        }

        var metric = (MetricKind)index;
        var ring = ctx.Cell.Metrics;
        var last = ring.CompletedMinutes - 1;
        var first = Math.Max(Math.Max(0, ring.CompletedMinutes - MetricRing.Minutes), last - (long)Math.Ceiling(since.TotalMinutes) + 1);
        var text = new StringBuilder("TIME     ");
        foreach (var i in instances.Take(8))
        {
            text.Append(ctx.Topology.InstanceIds[i].PadLeft(14));
        }

        text.AppendLine(MetricFormat.Unit(metric) is { Length: > 0 } unit ? $"   ({ctx.Line[2]} in {unit})" : "");
        for (var minute = first; minute <= last; minute++)
        {
            text.Append(SimulatedClock.Time(minute * 60)).Append(' ');
            foreach (var i in instances.Take(8))
            {
                text.Append(Format(metric, ring.Value(i, metric, minute)).PadLeft(14));
            }

            text.AppendLine();
        }

        text.Append("now      ");
        foreach (var i in instances.Take(8))
        {
            text.Append(Format(metric, Alarms.AlarmEvaluator.Current(ctx.Cell, i, metric)).PadLeft(14));
        }

        text.AppendLine();
        if (instances.Length > 8)
        {
            text.AppendLine($"({instances.Length - 8} more instances not shown; name one instance to see it)");
        }

        return CommandResult.Show(text.ToString());
    }

    private static string Format(MetricKind metric, double value) => MetricFormat.Number(metric, value);
}
