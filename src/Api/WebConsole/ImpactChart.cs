using System.Globalization;
using System.Net;
using System.Text;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// The debrief's impact chart as inline SVG: the ground-truth impact window and the responders' assessed window on
/// one simulated-minute axis, told apart by pattern (hatched, dotted outline) and labels as well as colour, with
/// markers for the injection and the times to detect, acknowledge, mitigate and resolve.
/// </summary>
public static class ImpactChart
{
    private const int Width = 760, Left = 120, Right = 20, Top = 30, RowHeight = 34;

    public static string Render(Debrief debrief)
    {
        var truthStart = debrief.ImpactStartMinute;
        var truthEnd = debrief.ImpactEndMinute;
        var assessment = debrief.Assessment;
        var injected = debrief.InjectedAtSecond / 60.0;
        var markers = new List<(string Label, double Minute)>();
        if (debrief.InjectedAtSecond is { } at)
        {
            markers.Add(("inject", at / 60.0));
            AddMarker(markers, "detect", at, debrief.TimeToDetectSeconds);
            AddMarker(markers, "ack", at, debrief.TimeToAcknowledgeSeconds);
            AddMarker(markers, "mitigate", at, debrief.TimeToMitigateSeconds);
            AddMarker(markers, "resolve", at, debrief.TimeToResolveSeconds);
        }
        double[] ends = [truthEnd ?? truthStart ?? 0, assessment?.EndMinute ?? 0, .. markers.Select(m => m.Minute), injected ?? 0];
        var max = Math.Max(10, Math.Ceiling((ends.Max() + 2) / 5) * 5);
        var plot = Width - Left - Right;
        double X(double minute) => Left + (minute / max * plot);
        var height = Top + (2 * RowHeight) + 70;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="impact-title impact-desc" data-testid="impact-chart">""");
        svg.Append("""<title id="impact-title">Impact window: ground truth beside the assessment</title>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<desc id="impact-desc">{Encode(Describe(debrief))}</desc>""");
        svg.Append("""<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#f6d5d6"/><line x1="0" y1="0" x2="0" y2="8" stroke="#a4161a" stroke-width="3"/></pattern>""");
        svg.Append("""<pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#dbe8f6"/><circle cx="3" cy="3" r="1.3" fill="#0b5cad"/></pattern></defs>""");
        for (var minute = 0; minute <= max; minute += max > 60 ? 10 : 5)
        {
            var x = X(minute);
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="grid"><line x1="{x:F1}" x2="{x:F1}" y1="{Top}" y2="{Top + (2 * RowHeight)}"/></g><text x="{x:F1}" y="{Top + (2 * RowHeight) + 16}" text-anchor="middle">{minute}</text>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left + (plot / 2)}" y="{Top + (2 * RowHeight) + 34}" text-anchor="middle">simulated minutes since the cell started</text>""");
        Row(svg, 0, "Ground truth", truthStart, truthEnd ?? (debrief.ImpactOngoing ? (long)max : truthStart), "url(#hatch)", "#a4161a", "", X,
            truthStart is null ? "no impact" : $"minute {truthStart}–{(debrief.ImpactOngoing ? "ongoing" : truthEnd?.ToString(CultureInfo.InvariantCulture))}");
        Row(svg, 1, "Assessment", assessment?.StartMinute, assessment?.EndMinute, "url(#dots)", "#0b5cad", "5 3", X,
            assessment is null ? "not submitted" : $"minute {assessment.StartMinute}–{assessment.EndMinute}");
        var labelY = Top - 8;
        foreach (var (label, minute) in markers)
        {
            var x = X(minute);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x:F1}" x2="{x:F1}" y1="{Top - 4}" y2="{Top + (2 * RowHeight)}" stroke="#24292f" stroke-width="1.5" stroke-dasharray="2 2"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{x:F1},{Top - 4}l-4,-6h8z" fill="#24292f"/><text x="{x + 3:F1}" y="{labelY - (markers.IndexOf((label, minute)) % 2 * 12)}" font-size="11">{label} {minute:F1}</text>""");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void AddMarker(List<(string, double)> markers, string label, long injectedAt, long? after)
    {
        if (after is { } seconds)
        {
            markers.Add((label, (injectedAt + seconds) / 60.0));
        }
    }

    private static void Row(StringBuilder svg, int row, string label, long? start, long? end, string fill, string stroke, string dash, Func<double, double> x, string caption)
    {
        var y = Top + (row * RowHeight) + 6;
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 8}" y="{y + 15}" text-anchor="end" font-weight="600">{label}</text>""");
        if (start is { } from && end is { } to)
        {
            var x0 = x(from);
            var width = Math.Max(2, x(Math.Max(to, from)) - x0);
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x0:F1}" y="{y}" width="{width:F1}" height="{RowHeight - 12}" fill="{fill}" stroke="{stroke}" stroke-width="2" stroke-dasharray="{dash}"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x0 + width + 6:F1}" y="{y + 15}">{Encode(caption)}</text>""");
        }
        else
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x(0) + 6:F1}" y="{y + 15}" font-style="italic">{Encode(caption)}</text>""");
        }
    }

    private static string Describe(Debrief debrief) =>
        $"Ground truth impact from minute {debrief.ImpactStartMinute?.ToString(CultureInfo.InvariantCulture) ?? "none"} to {(debrief.ImpactOngoing ? "ongoing" : debrief.ImpactEndMinute?.ToString(CultureInfo.InvariantCulture) ?? "none")}; "
        + (debrief.Assessment is { } a ? $"assessed from minute {a.StartMinute} to {a.EndMinute}." : "no assessment submitted.");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
