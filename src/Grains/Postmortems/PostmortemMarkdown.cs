using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PracticePlatform.Contracts.Postmortems;

namespace PracticePlatform.Grains.Postmortems;

/// <summary>
/// The postmortem as one Markdown document: the participants' summary, then the prefilled facts (impact beside the
/// ground truth, the timeline of the response, every facts block), then the sections they wrote and the action items.
/// </summary>
public static class PostmortemMarkdown
{
    public static string Render(Guid sessionId, PostmortemFacts facts, ImmutableArray<PostmortemSection> sections)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(inv, $"# Postmortem: practice session of {facts.ScenarioId}");
        md.AppendLine();
        md.AppendLine(inv, $"> PRACTICE. Session {sessionId}. This outage was induced on purpose in a staging cell. {(facts.Editable ? "A working draft: its sections may still change." : "Final: the session is closed.")}");
        md.AppendLine();
        Section(md, sections, PostmortemSections.Summary);
        md.AppendLine("## Impact");
        md.AppendLine();
        md.AppendLine("| | start minute | end minute |");
        md.AppendLine("|---|---|---|");
        md.AppendLine(inv, $"| assessed | {Value(facts.Impact.AssessedStartMinute)} | {Value(facts.Impact.AssessedEndMinute)} |");
        md.AppendLine(inv, $"| ground truth | {Value(facts.Impact.StartMinute)} | {(facts.Impact.Ongoing ? "ongoing" : Value(facts.Impact.EndMinute))} |");
        md.AppendLine();
        if (!facts.Impact.RequestTypes.IsDefaultOrEmpty)
        {
            md.AppendLine("| request type | assessed failed share | actual failed share | failed / attempted |");
            md.AppendLine("|---|---|---|---|");
            foreach (var r in facts.Impact.RequestTypes)
            {
                md.AppendLine(inv, $"| {r.RequestType} | {Share(r.AssessedFailedShare)} | {Share(r.ActualFailedShare)} | {r.Failed} / {r.Attempted} |");
            }
            md.AppendLine();
        }
        md.AppendLine(inv, $"**Root cause (as assessed):** {Cell(facts.Impact.RootCause ?? "-")}");
        md.AppendLine();
        md.AppendLine(inv, $"Cell restored: {(facts.CellRestored ? "yes" : "no")}.");
        md.AppendLine();
        md.AppendLine("## Timeline");
        md.AppendLine();
        md.AppendLine("| simulated | since injection | what | who |");
        md.AppendLine("|---|---|---|---|");
        foreach (var m in facts.Milestones)
        {
            md.AppendLine(inv, $"| {Clock(m.Second)} | {(m.SinceInjectionSeconds is { } s ? $"{s} s" : "-")} | {Cell(m.Label)} | {Cell(m.By ?? "-")} |");
        }
        md.AppendLine();
        if (facts.Assembly is { } assembly)
        {
            md.AppendLine(inv, $"Code Blue: {assembly.Joined} of {assembly.Paged} paged people joined; first after {Value(assembly.FirstJoinSeconds)} s, median after {Value(assembly.MedianJoinSeconds)} s.");
            md.AppendLine();
        }
        foreach (var block in facts.Blocks)
        {
            md.AppendLine(inv, $"## {block.Title}");
            md.AppendLine();
            foreach (var entry in block.Entries)
            {
                md.AppendLine(inv, $"- {(entry.Second is { } second ? $"`{Clock(second)}` " : "")}{(entry.By is { } by ? $"{Cell(by)}: " : "")}{Cell(entry.Text)}");
            }
            md.AppendLine();
        }
        foreach (var name in PostmortemSections.All.Where(n => n != PostmortemSections.Summary))
        {
            Section(md, sections, name);
        }
        md.AppendLine("## Participants");
        md.AppendLine();
        foreach (var p in facts.Roster)
        {
            md.AppendLine(inv, $"- {Cell(p.Name)} ({p.Role.ToString().ToLowerInvariant()})");
        }
        return md.ToString();
    }

    /// <summary>An action item as a Markdown checklist line.</summary>
    public static string ActionItemLine(PostmortemActionItem item) => $"- [{(item.Done ? "x" : " ")}] {Cell(item.Text)} (owner: {Cell(item.Owner)})";

    private static void Section(StringBuilder md, ImmutableArray<PostmortemSection> sections, string name)
    {
        var section = sections.First(s => s.Name == name);
        md.AppendLine(CultureInfo.InvariantCulture, $"## {section.Title}");
        md.AppendLine();
        if (section.Version == 0)
        {
            md.AppendLine("_Not written yet._");
        }
        else if (name == PostmortemSections.ActionItems)
        {
            md.AppendLine(section.Items.IsDefaultOrEmpty ? "_None._" : string.Join("\n", section.Items.Select(ActionItemLine)));
        }
        else
        {
            md.AppendLine(section.Text.Length == 0 ? "_Left empty._" : section.Text.Replace("<", "&lt;", StringComparison.Ordinal));
        }
        md.AppendLine();
        if (section.EditedBy is { } by)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"_Version {section.Version}, last edited by {Cell(by)}{(section.EditedAt is { } at ? $" at {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "")}._");
            md.AppendLine();
        }
    }

    private static string Value(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Share(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Clock(long? second) => second is { } s ? TimeSpan.FromSeconds(s).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "-";

    /// <summary>Keeps one line of user text from breaking a table or list, or injecting markup.</summary>
    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
