using System.Globalization;
using System.Net;
using System.Text;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// The debrief's impact chart as inline SVG: the ground-truth impact window and the responders' assessed window on
/// one simulated-minute axis, told apart by pattern (hatched, dotted outline) and labels as well as colour, with
/// markers for the injection and the times to detect, acknowledge, mitigate and resolve.
/// </summary>
public static class ImpactChart
{
    private const int Width = 760, Left = 120, Right = 20, RowHeight = 34, LaneHeight = 15;

    // Text is drawn at 12 px; a generous estimate of its width keeps marker labels apart.
    private const double CharWidth = 7.5;

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
        var labels = PlaceLabels(markers, X);
        var top = 16 + (LaneHeight * (labels.Count == 0 ? 1 : labels.Max(l => l.Lane) + 1));
        var height = top + (2 * RowHeight) + 50;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="impact-title impact-desc" data-testid="impact-chart">""");
        svg.Append("""<title id="impact-title">Impact window: ground truth beside the assessment</title>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<desc id="impact-desc">{Encode(Describe(debrief))}</desc>""");
        svg.Append("""<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#f6d5d6"/><line x1="0" y1="0" x2="0" y2="8" stroke="#a4161a" stroke-width="3"/></pattern>""");
        svg.Append("""<pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#dbe8f6"/><circle cx="3" cy="3" r="1.3" fill="#0b5cad"/></pattern></defs>""");
        var every = new[] { 5, 10, 15, 30, 60, 120 }.First(step => plot / (max / step) >= 40 || step == 120);
        for (var minute = 0; minute <= max; minute += every)
        {
            var x = X(minute);
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="grid"><line x1="{x:F1}" x2="{x:F1}" y1="{top}" y2="{top + (2 * RowHeight)}"/></g><text x="{x:F1}" y="{top + (2 * RowHeight) + 16}" text-anchor="middle">{minute}</text>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left + (plot / 2)}" y="{top + (2 * RowHeight) + 34}" text-anchor="middle">simulated minutes since the cell started</text>""");
        // The ground truth's end is the last impacted minute, so its bar runs through the end of that minute: an
        // impact inside minute 0 is a minute wide, not a 0-0 sliver.
        Row(svg, top, 0, "Ground truth", truthStart, debrief.ImpactOngoing ? (long)max : (truthEnd ?? truthStart) + 1, "url(#hatch)", "#a4161a", "", X, TruthCaption(debrief));
        Row(svg, top, 1, "Assessment", assessment?.StartMinute, assessment?.EndMinute, "url(#dots)", "#0b5cad", "5 3", X,
            assessment is null ? "not submitted" : $"minute {assessment.StartMinute}–{assessment.EndMinute}");
        foreach (var label in labels)
        {
            var x = X(label.Minute);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x:F1}" x2="{x:F1}" y1="{top - 4}" y2="{top + (2 * RowHeight)}" stroke="#24292f" stroke-width="1.5" stroke-dasharray="2 2"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{x:F1},{top - 4}l-4,-6h8z" fill="#24292f"/><text x="{label.X:F1}" y="{top - 12 - (label.Lane * LaneHeight)}">{Encode(label.Text)}</text>""");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A marker's label: its text, where it starts and the lane (row above the chart) that keeps it clear of the others.</summary>
    private sealed record MarkerLabel(string Text, double Minute, double X, int Lane);

    /// <summary>Puts each label in the lowest lane where it does not touch the one before it; near the right edge it ends at its marker.</summary>
    private static List<MarkerLabel> PlaceLabels(List<(string Label, double Minute)> markers, Func<double, double> x)
    {
        var laneEnds = new List<double>();
        var placed = new List<MarkerLabel>();
        foreach (var (label, minute) in markers.OrderBy(m => m.Minute))
        {
            var text = $"{label} {Clock(minute)}";
            var width = text.Length * CharWidth;
            var start = x(minute) + 3 + width > Width ? x(minute) - 3 - width : x(minute) + 3;
            var lane = laneEnds.FindIndex(end => end + 6 <= start);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(0);
            }
            laneEnds[lane] = start + width;
            placed.Add(new MarkerLabel(text, minute, start, lane));
        }
        return placed;
    }

    private static string Clock(double minute)
    {
        var seconds = (long)Math.Round(minute * 60);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");
    }

    private static void AddMarker(List<(string, double)> markers, string label, long injectedAt, long? after)
    {
        if (after is { } seconds)
        {
            markers.Add((label, (injectedAt + seconds) / 60.0));
        }
    }

    private static void Row(StringBuilder svg, int top, int row, string label, long? start, long? end, string fill, string stroke, string dash, Func<double, double> x, string caption)
    {
        var y = top + (row * RowHeight) + 6;
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

    private static string TruthCaption(Debrief debrief) => (debrief.ImpactStartMinute, debrief.ImpactEndMinute) switch
    {
        (null, _) => "no impact",
        ({ } start, _) when debrief.ImpactOngoing => string.Create(CultureInfo.InvariantCulture, $"from minute {start}, ongoing"),
        ({ } start, { } end) when end > start => string.Create(CultureInfo.InvariantCulture, $"minutes {start} through {end}"),
        ({ } start, _) => string.Create(CultureInfo.InvariantCulture, $"within minute {start}"),
    };

    private static string Describe(Debrief debrief) =>
        $"Ground truth impact: {TruthCaption(debrief)}; "
        + (debrief.Assessment is { } a ? $"assessed from minute {a.StartMinute} to {a.EndMinute}." : "no assessment submitted.");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
