using System.Globalization;
using System.Text;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>A postmortem draft in Markdown from a debriefed session: summary, impact beside the truth, response times, timeline, lessons.</summary>
public static class PostmortemReport
{
    public static string Render(Guid sessionId, SessionState state, Debrief debrief)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(inv, $"# Postmortem draft: practice session of {state.ScenarioId}");
        md.AppendLine();
        md.AppendLine(inv, $"> PRACTICE. Session {sessionId}, seed {state.Seed}. This outage was induced on purpose in a staging cell.");
        md.AppendLine();
        md.AppendLine("## Summary");
        md.AppendLine();
        md.AppendLine(debrief.Assessment is { } a ? Escape(a.Summary) : "_No assessment was submitted._");
        md.AppendLine();
        md.AppendLine(inv, $"**Root cause (as assessed):** {(debrief.Assessment is { } b ? Escape(b.RootCause) : "-")}");
        md.AppendLine();
        md.AppendLine("## Impact");
        md.AppendLine();
        md.AppendLine("| | start minute | end minute |");
        md.AppendLine("|---|---|---|");
        md.AppendLine(inv, $"| assessed | {Value(debrief.Assessment?.StartMinute)} | {Value(debrief.Assessment?.EndMinute)} |");
        md.AppendLine(inv, $"| ground truth | {Value(debrief.ImpactStartMinute)} | {(debrief.ImpactOngoing ? "ongoing" : Value(debrief.ImpactEndMinute))} |");
        md.AppendLine();
        // Minutes slower than a request type's latency objective are impact too; the column shows when any were.
        var slow = debrief.RequestTypes.Any(r => r.SlowMinutes > 0);
        md.AppendLine("| request type | assessed failed share | actual failed share | failed / attempted |" + (slow ? " minutes slower than its objective |" : ""));
        md.AppendLine("|---|---|---|---|" + (slow ? "---|" : ""));
        foreach (var r in debrief.RequestTypes)
        {
            var slowCell = slow ? $" {r.SlowMinutes} |" : "";
            md.AppendLine(inv, $"| {r.RequestType} | {Share(r.AssessedFailedShare)} | {Share(r.ActualFailedShare)} | {r.Failed} / {r.Attempted} |{slowCell}");
        }
        md.AppendLine();
        if (!debrief.Differences.IsDefaultOrEmpty)
        {
            md.AppendLine("**The assessment beside the ground truth:**");
            md.AppendLine();
            foreach (var difference in debrief.Differences)
            {
                md.AppendLine(inv, $"- {Escape(difference)}");
            }
            md.AppendLine();
        }
        md.AppendLine("## Response");
        md.AppendLine();
        md.AppendLine(inv, $"- Time to detect: {Duration(debrief.TimeToDetectSeconds)}");
        md.AppendLine(inv, $"- Time to acknowledge: {Duration(debrief.TimeToAcknowledgeSeconds)}");
        md.AppendLine(inv, $"- Time to mitigate: {Duration(debrief.TimeToMitigateSeconds)}");
        md.AppendLine(inv, $"- Time to resolve: {Duration(debrief.TimeToResolveSeconds)}");
        if (debrief.Assembly is { } assembly)
        {
            md.AppendLine(inv, $"- Time to assemble (Code Blue): first join {Duration(assembly.FirstJoinSeconds)}, median {Duration(assembly.MedianJoinSeconds)}; {assembly.Joined} of {assembly.Paged} paged people joined");
        }
        md.AppendLine(inv, $"- Commands run: {debrief.CommandsRun}; hints given: {debrief.HintsGiven}; pointers given: {debrief.PointersGiven}");
        md.AppendLine();
        md.AppendLine("## Resolution criteria");
        md.AppendLine();
        md.AppendLine(inv, $"Cell restored: {(debrief.CellRestored ? "yes" : "no")}.");
        md.AppendLine();
        if (!debrief.Resolution.IsDefaultOrEmpty)
        {
            md.AppendLine("| criterion | met | how far |");
            md.AppendLine("|---|---|---|");
            foreach (var c in debrief.Resolution)
            {
                md.AppendLine(inv, $"| `{Escape(c.Criterion)}` | {(c.Met ? "yes" : "no")} | {Escape(c.Progress)} |");
            }
            md.AppendLine();
        }
        CommunicationReport.AppendTo(md, debrief.Communication);
        md.AppendLine("## Timeline");
        md.AppendLine();
        // The kind has a column of its own: entries' texts often open with it ("Session started.").
        md.AppendLine("| simulated | wall (UTC) | who | kind | what |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var e in state.Timeline)
        {
            md.AppendLine(inv, $"| {TimeSpan.FromSeconds(e.Second):hh\\:mm\\:ss} | {e.WallTime.UtcDateTime:yyyy-MM-dd HH:mm:ss} | {Escape(e.Actor)} | {e.Kind} | {Escape(e.Text)} |");
        }
        md.AppendLine();
        md.AppendLine("## Lessons learned and suggestions");
        md.AppendLine();
        if (debrief.Lessons.IsDefaultOrEmpty)
        {
            md.AppendLine("_None entered yet._");
        }
        foreach (var kind in (debrief.Lessons.IsDefault ? [] : debrief.Lessons).GroupBy(l => l.Kind).OrderBy(g => g.Key))
        {
            md.AppendLine(inv, $"### {Lesson.Heading(kind.Key)}");
            md.AppendLine();
            foreach (var lesson in kind)
            {
                md.AppendLine(inv, $"- {Escape(lesson.Text)} ({Escape(lesson.By)})");
            }
            md.AppendLine();
        }
        return md.ToString();
    }

    private static string Value(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Share(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Duration(long? seconds) => seconds is { } s ? $"{TimeSpan.FromSeconds(s):c} ({s} s)" : "did not happen";

    /// <summary>Keeps user text from breaking the table or injecting markup.</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
