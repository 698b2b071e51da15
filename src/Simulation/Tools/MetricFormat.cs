using System.Globalization;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tools;

/// <summary>How a metric's value reads, the same in an alarm's message and in the <c>metrics</c> tool.</summary>
internal static class MetricFormat
{
    /// <summary>The number alone, as a table cell: shares as percentages, small values with one decimal.</summary>
    public static string Number(MetricKind metric, double value) => double.IsNaN(value)
        ? "-"
        : metric is MetricKind.Cpu or MetricKind.Disk
            ? value.ToString("P0", CultureInfo.InvariantCulture)
            : value.ToString(value >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);

    /// <summary>The unit a metric is counted in ("" for shares, which carry their % sign).</summary>
    public static string Unit(MetricKind metric) => metric switch
    {
        MetricKind.Memory => "MB",
        MetricKind.Connections => "connections",
        MetricKind.QueueDepth => "messages",
        MetricKind.Errors => "errors/s",
        MetricKind.LatencyMs => "ms",
        MetricKind.Rps => "requests/s",
        MetricKind.ReplicationLag => "s",
        _ => "",
    };

    /// <summary>The number with its unit: "1834 MB", "97%", "3.2 s".</summary>
    public static string WithUnit(MetricKind metric, double value) =>
        Unit(metric) is { Length: > 0 } unit ? $"{Number(metric, value)} {unit}" : Number(metric, value);
}
