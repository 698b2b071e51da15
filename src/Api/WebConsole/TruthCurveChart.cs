using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// The debrief's severity curves as inline SVG, one figure per request type: the true failed share and the p99
/// latency per simulated minute, with the true impact window (hatched) and the assessed window (dotted outline) across
/// both, and in the assessed window the share the responders said beside the true share there. Minutes are labelled
/// with the wall clock the tools printed and T+mm from the cell's start; every minute has a tooltip. A minute in which
/// no request succeeded has no latency: it is marked as such instead of plotted low, so a latency-only degradation
/// (p99 up, few failures) and a total outage look different.
/// </summary>
public static class TruthCurveChart
{
    private const int Width = 760, Left = 64, Right = 16, Top = 26, ShareHeight = 130, Gap = 34, LatencyHeight = 100, Axis = 40;
    private const string Truth = "#a4161a";

    public static string Render(Debrief debrief)
    {
        var html = new StringBuilder();
        foreach (var curve in debrief.TruthCurves.IsDefault ? [] : debrief.TruthCurves)
        {
            var comparison = debrief.RequestTypes.FirstOrDefault(r => r.RequestType == curve.RequestType);
            html.Append(Figure(debrief, curve, comparison));
        }
        return html.ToString();
    }

    private static string Figure(Debrief debrief, TruthCurve curve, RequestTypeComparison? comparison)
    {
        var inv = CultureInfo.InvariantCulture;
        var minutes = curve.Minutes;
        var assessment = debrief.Assessment;
        var span = Math.Max(10, Math.Max(minutes.Length, (int)(assessment?.EndMinute + 1 ?? 0)));
        var plot = Width - Left - Right;
        double X(double minute) => Left + (minute / span * plot);
        var assessedShare = comparison?.AssessedFailedShare;
        var shareMax = NiceShare(Math.Max(minutes.IsEmpty ? 0 : minutes.Max(m => m.FailedShare), assessedShare ?? 0));
        double YShare(double share) => Top + ShareHeight - (share / shareMax * ShareHeight);
        var latencyTop = Top + ShareHeight + Gap;
        var latencies = minutes.Where(m => !m.NoSuccess && m.Attempted > 0).Select(m => m.P99Ms).ToList();
        var latencyMax = NiceMs(Math.Max(latencies.Count == 0 ? 0 : latencies.Max(), curve.BaselineP99Ms ?? 0));
        double YLatency(double ms) => latencyTop + LatencyHeight - (ms / latencyMax * LatencyHeight);
        var bottom = latencyTop + LatencyHeight;
        var height = bottom + Axis;
        var id = $"truth-{Slug(curve.RequestType)}";
        var svg = new StringBuilder();
        svg.Append(inv, $"""<figure class="truth-curve" data-testid="truth-curve" data-request-type="{Encode(curve.RequestType)}"><figcaption><strong>{Encode(curve.RequestType)}</strong>: failed share and p99 latency per simulated minute</figcaption>""");
        svg.Append(inv, $"""<svg class="chart" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="{id}-title {id}-desc">""");
        svg.Append(inv, $"""<title id="{id}-title">Ground truth of {Encode(curve.RequestType)} per minute, with the assessment on it</title><desc id="{id}-desc">{Encode(Describe(curve, comparison))}</desc>""");
        svg.Append(inv, $"""<defs><pattern id="{id}-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" stroke="{Truth}" stroke-opacity="0.35" stroke-width="3"/></pattern></defs>""");

        // The true impact window behind everything: through the end of its last minute, or to the end when ongoing.
        if (debrief.ImpactStartMinute is { } truthStart)
        {
            var truthEnd = debrief.ImpactOngoing ? span : (debrief.ImpactEndMinute ?? truthStart) + 1;
            svg.Append(inv, $"""<rect data-testid="truth-window" x="{X(truthStart):F1}" y="{Top}" width="{Math.Max(2, X(truthEnd) - X(truthStart)):F1}" height="{bottom - Top}" fill="url(#{id}-hatch)"><title>True impact window</title></rect>""");
        }
        Panel(svg, Top, ShareHeight, "failed", shareMax, Percent, X(0), X(span));
        Panel(svg, latencyTop, LatencyHeight, "p99", latencyMax, Ms, X(0), X(span));
        XAxis(svg, span, bottom, X);

        svg.Append(inv, $"""<path data-testid="truth-line" d="{Steps(minutes, m => m.FailedShare, _ => true, X, YShare)}" fill="none" class="truth-stroke" stroke-width="2"/>""");
        if (curve.BaselineP99Ms is { } baseline)
        {
            svg.Append(inv, $"""<line x1="{X(0):F1}" x2="{X(span):F1}" y1="{YLatency(baseline):F1}" y2="{YLatency(baseline):F1}" stroke="#57606a" stroke-dasharray="4 3"/><text x="{X(span) - 4:F1}" y="{YLatency(baseline) - 4:F1}" text-anchor="end">baseline p99 {Ms(baseline)}</text>""");
        }
        svg.Append(inv, $"""<path data-testid="latency-line" d="{Steps(minutes, m => m.P99Ms, m => m.Attempted > 0 && !m.NoSuccess, X, YLatency)}" fill="none" class="latency-stroke" stroke-width="2"/>""");
        foreach (var minute in minutes.Where(m => m.NoSuccess))
        {
            svg.Append(inv, $"""<text class="no-success truth-text" data-testid="no-success" x="{X(minute.Minute + 0.5):F1}" y="{latencyTop + 12}" text-anchor="middle" font-weight="700">×<title>{Encode(AssessmentDifferences.At(minute.Minute))}: no successful requests, so no latency</title></text>""");
        }

        if (assessment is not null)
        {
            var x0 = X(assessment.StartMinute);
            var x1 = X(assessment.EndMinute + 1);
            svg.Append(inv, $"""<rect data-testid="assessed-window" x="{x0:F1}" y="{Top}" width="{x1 - x0:F1}" height="{bottom - Top}" class="assessed-fill assessed-stroke" fill-opacity="0.08" stroke-width="2" stroke-dasharray="5 3"><title>The window you assessed: {Encode(AssessmentDifferences.At(assessment.StartMinute))} through {Encode(AssessmentDifferences.At(assessment.EndMinute))}</title></rect>""");
            // Inside the window's top edge, so it never meets the panel's own label above the plot.
            svg.Append(inv, $"""<text x="{x0 + 3:F1}" y="{Top + 13}" class="assessed-text" font-weight="600">your window</text>""");
            if (assessedShare is { } said)
            {
                svg.Append(inv, $"""<line data-testid="assessed-share" x1="{x0:F1}" x2="{x1:F1}" y1="{YShare(said):F1}" y2="{YShare(said):F1}" class="assessed-stroke" stroke-width="3" stroke-dasharray="6 3"/><text x="{x1 + 4:F1}" y="{YShare(said) + 4:F1}" class="assessed-text">you said {Percent(said)}</text>""");
            }
            if (comparison?.ActualFailedShareInAssessedWindow is { } actual)
            {
                svg.Append(inv, $"""<line data-testid="window-truth" x1="{x0:F1}" x2="{x1:F1}" y1="{YShare(actual):F1}" y2="{YShare(actual):F1}" class="truth-stroke" stroke-width="3"/><text x="{x1 + 4:F1}" y="{YShare(actual) + (assessedShare is { } s && Math.Abs(YShare(s) - YShare(actual)) < 14 ? 18 : 4):F1}" class="truth-text">truth {Percent(actual)}</text>""");
            }
        }

        // A tooltip per minute: the clock the tools printed, T+, and the figures.
        foreach (var minute in minutes)
        {
            var tip = string.Create(inv, $"{AssessmentDifferences.At(minute.Minute)}: {Percent(minute.FailedShare)} failed ({minute.Failed:N0} of {minute.Attempted:N0}); p99 {(minute.NoSuccess ? "none (no request succeeded)" : Ms(minute.P99Ms))}");
            svg.Append(inv, $"""<rect class="minute" x="{X(minute.Minute):F1}" y="{Top}" width="{X(minute.Minute + 1) - X(minute.Minute):F1}" height="{bottom - Top}" fill="transparent"><title>{Encode(tip)}</title></rect>""");
        }
        svg.Append("</svg></figure>");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, int top, int height, string label, double max, Func<double, string> format, double x0, double x1)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var fraction in new[] { 0, 0.5, 1 })
        {
            var y = top + height - (fraction * height);
            svg.Append(inv, $"""<g class="grid"><line x1="{x0:F1}" x2="{x1:F1}" y1="{y:F1}" y2="{y:F1}"/></g><text x="{x0 - 6:F1}" y="{y + 4:F1}" text-anchor="end">{format(max * fraction)}</text>""");
        }
        svg.Append(inv, $"""<text x="{x0:F1}" y="{top - 6}" font-weight="600">{label}</text>""");
    }

    private static void XAxis(StringBuilder svg, int span, int bottom, Func<double, double> x)
    {
        var inv = CultureInfo.InvariantCulture;
        var every = new[] { 1, 2, 5, 10, 15, 30, 60 }.First(step => (Width - Left - Right) / ((double)span / step) >= 56 || step == 60);
        for (var minute = 0; minute <= span; minute += every)
        {
            // The first label starts at the axis rather than centring on it, clear of the y axis's bottom label.
            var anchor = minute == 0 ? "start" : "middle";
            svg.Append(inv, $"""<text x="{x(minute):F1}" y="{bottom + 16}" text-anchor="{anchor}">{AssessmentDifferences.Clock(minute)}</text><text x="{x(minute):F1}" y="{bottom + 30}" text-anchor="{anchor}" class="muted">T+{minute:00}</text>""");
        }
    }

    /// <summary>A step line: each minute flat across its width; minutes the predicate leaves out are gaps.</summary>
    private static string Steps(ImmutableArray<TruthMinute> minutes, Func<TruthMinute, double> value, Func<TruthMinute, bool> drawn, Func<double, double> x, Func<double, double> y)
    {
        var path = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var open = false;
        foreach (var minute in minutes)
        {
            if (!drawn(minute))
            {
                open = false;
                continue;
            }
            var yy = y(value(minute));
            path.Append(inv, $"{(open ? 'L' : 'M')}{x(minute.Minute):F1},{yy:F1}");
            path.Append(inv, $"L{x(minute.Minute + 1):F1},{yy:F1}");
            open = true;
        }
        return path.Length == 0 ? "M0,0" : path.ToString();
    }

    private static string Describe(TruthCurve curve, RequestTypeComparison? comparison)
    {
        var peak = curve.Minutes.IsEmpty ? null : curve.Minutes.MaxBy(m => m.FailedShare);
        var slowest = curve.Minutes.Where(m => !m.NoSuccess && m.Attempted > 0).MaxBy(m => m.P99Ms);
        var text = new StringBuilder($"{curve.RequestType}: ");
        text.Append(peak is null ? "no minutes completed. " : $"the failed share peaked at {Percent(peak.FailedShare)} at {AssessmentDifferences.At(peak.Minute)}; ");
        text.Append(slowest is null ? "" : $"p99 peaked at {Ms(slowest.P99Ms)} at {AssessmentDifferences.At(slowest.Minute)}. ");
        if (comparison?.AssessedFailedShare is { } said && comparison.ActualFailedShareInAssessedWindow is { } actual)
        {
            text.Append($"You said {Percent(said)} failed in your window; the truth there was {Percent(actual)}.");
        }
        return text.ToString();
    }

    private static double NiceShare(double max) => new[] { 0.05, 0.1, 0.2, 0.25, 0.5, 1 }.First(step => max <= step || step == 1);

    private static double NiceMs(double max)
    {
        if (max <= 0)
        {
            return 100;
        }
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(nice => nice >= max * 1.1 || nice == 10 * magnitude);
    }

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, 1):0.#} %");

    private static string Ms(double ms) => ms >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.#} s")
        : string.Create(CultureInfo.InvariantCulture, $"{ms:0} ms");

    private static string Slug(string text) => new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
