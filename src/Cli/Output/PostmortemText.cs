using System.Globalization;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>The postmortem for people: the prefilled facts, then each section with its version and last editor (and, asked, its history).</summary>
public static class PostmortemText
{
    public static void Write(TextWriter output, PostmortemView postmortem, bool history)
    {
        var facts = postmortem.Facts;
        output.WriteLine($"postmortem of {facts.ScenarioId} (version {postmortem.Version}, {(postmortem.Editable ? "open for edits" : "final: the session is closed")})");
        output.WriteLine($"impact     assessed {Window(facts.Impact.AssessedStartMinute, facts.Impact.AssessedEndMinute, ongoing: false)}; ground truth {Window(facts.Impact.StartMinute, facts.Impact.EndMinute, facts.Impact.Ongoing)}");
        foreach (var type in facts.Impact.RequestTypes.IsDefault ? [] : facts.Impact.RequestTypes)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"           {type.RequestType}: assessed {Share(type.AssessedFailedShare)}, actual {Share(type.ActualFailedShare)} ({type.Failed} of {type.Attempted} failed)"));
        }
        output.WriteLine($"root cause {facts.Impact.RootCause ?? "-"}");
        output.WriteLine();
        output.WriteLine("timeline");
        foreach (var milestone in facts.Milestones)
        {
            var when = milestone.Second is { } second ? SimTime.Format(second) : "--:--:--";
            var since = milestone.SinceInjectionSeconds is { } s ? $"+{s} s" : "";
            output.WriteLine($"  {when}  {since,-8} {milestone.Label}{(milestone.By is { } by ? $" ({by})" : "")}");
        }
        if (facts.Assembly is { } assembly)
        {
            output.WriteLine($"  Code Blue: {assembly.Joined} of {assembly.Paged} paged joined; first after {assembly.FirstJoinSeconds?.ToString(CultureInfo.InvariantCulture) ?? "-"} s");
        }
        foreach (var block in facts.Blocks)
        {
            output.WriteLine();
            output.WriteLine(block.Title.ToLowerInvariant());
            foreach (var entry in block.Entries)
            {
                output.WriteLine($"  {(entry.Second is { } second ? SimTime.Format(second) + "  " : "")}{(entry.By is { } by ? by + ": " : "")}{entry.Text}");
            }
        }
        foreach (var section in postmortem.Sections)
        {
            output.WriteLine();
            output.WriteLine(section.Version == 0
                ? $"{section.Name} (version 0, not written yet)"
                : $"{section.Name} (version {section.Version}, {section.EditedBy}{(section.EditedAt is { } at ? $" at {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "")})");
            foreach (var line in Lines(section))
            {
                output.WriteLine($"  {line}");
            }
            if (history)
            {
                foreach (var revision in section.History.IsDefault ? [] : section.History)
                {
                    output.WriteLine($"  history: version {revision.Version} by {revision.By} at {revision.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
                }
            }
        }
    }

    /// <summary>A saved section, as the answer to an edit.</summary>
    public static void WriteSaved(TextWriter output, PostmortemSection section)
    {
        output.WriteLine($"Saved {section.Name} as version {section.Version}.");
        foreach (var line in Lines(section))
        {
            output.WriteLine($"  {line}");
        }
    }

    private static IEnumerable<string> Lines(PostmortemSection section) =>
        section.Name == "action-items"
            ? (section.Items.IsDefault ? [] : section.Items).Select(i => $"[{(i.Done ? "x" : " ")}] {i.Owner}: {i.Text}")
            : section.Text.Length == 0 ? [] : section.Text.Split('\n');

    private static string Window(long? start, long? end, bool ongoing) =>
        start is null ? "-" : $"minute {start} to {(ongoing ? "ongoing" : end?.ToString(CultureInfo.InvariantCulture) ?? "-")}";

    private static string Share(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";
}
