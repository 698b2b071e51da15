using System.Globalization;
using System.Text;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>The postmortem draft's section on stakeholders: status updates beside the impact window, late or missing ones, unanswered questions.</summary>
public static class CommunicationReport
{
    public static void AppendTo(StringBuilder md, Communication? communication)
    {
        if (communication is null)
        {
            return;
        }
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine("## Status updates and stakeholders");
        md.AppendLine();
        md.AppendLine(communication.ExpectedEveryMinutes is { } every
            ? string.Create(inv, $"Expected: a status update every {every} min once the impact starts.")
            : "Expected: no cadence; each update's own promise of the next counts.");
        md.AppendLine(communication.ImpactStartSecond is { } start
            ? $"Impact (ground truth): {CommunicationReview.Clock(start)} to {(communication.ImpactEndSecond is { } end ? CommunicationReview.Clock(end) : "?")}."
            : "Impact (ground truth): none.");
        md.AppendLine();
        if (communication.StatusUpdates.IsDefaultOrEmpty)
        {
            md.AppendLine("_No status updates were posted._");
        }
        else
        {
            md.AppendLine("| simulated | during impact | # | audience | by | update | next promised |");
            md.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var u in communication.StatusUpdates)
            {
                var during = communication.ImpactStartSecond is { } s && u.Second >= s && (communication.ImpactEndSecond is not { } e || u.Second <= e);
                md.AppendLine(inv, $"| {CommunicationReview.Clock(u.Second)} | {(during ? "yes" : "no")} | {u.Number} | {u.Audience.ToString().ToLowerInvariant()} | {Escape(u.By)} | {Escape(u.Text)} | {u.NextUpdateInMinutes} min |");
            }
        }
        md.AppendLine();
        md.AppendLine("### Late or missing status updates");
        md.AppendLine();
        md.AppendLine(communication.LateOrMissing.IsDefaultOrEmpty ? "_None._" : string.Join(Environment.NewLine, communication.LateOrMissing.Select(f => $"- {(f.Missing ? "Missing" : "Late")}: {Escape(f.Text)}")));
        md.AppendLine();
        md.AppendLine("### Unanswered stakeholder questions");
        md.AppendLine();
        md.AppendLine(communication.Unanswered.IsDefaultOrEmpty ? "_None._" : string.Join(Environment.NewLine, communication.Unanswered.Select(m => $"- #{m.Number} {Escape(m.From)} at {CommunicationReview.Clock(m.Second)}: {Escape(m.Text)}")));
        md.AppendLine();
    }

    // As the report escapes every cell: a table must stay a table whatever a responder typed.
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
