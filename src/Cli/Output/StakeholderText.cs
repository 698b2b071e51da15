using System.Globalization;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>Stakeholder messages, status updates, the practice status page and the debrief's communication section, for people.</summary>
public static class StakeholderText
{
    public static string Line(StakeholderMessage message) =>
        $"#{message.Number} {SimTime.Format(message.Second)} {message.From}: {message.Text}"
        + (message.AnsweredBy is { } by ? $" [answered by {by}]" : message.ExpectsAnswer ? " [expects an answer]" : "");

    public static string Line(StatusUpdate update) =>
        string.Create(CultureInfo.InvariantCulture, $"#{update.Number} {SimTime.Format(update.Second)} {update.Audience} by {update.By} (next in {update.NextUpdateInMinutes} min): {update.Text}");

    public static void Write(TextWriter output, StatusPage page)
    {
        output.WriteLine(page.Notice);
        output.WriteLine($"status of {page.Session}: {page.Headline ?? "no customer update yet"}");
        if (page.NextUpdateDueSecond is { } due)
        {
            output.WriteLine($"next update due at {SimTime.Format(due)} (now {SimTime.Format(page.Second)})");
        }

        Section("customers", page.Customers);
        Section("internal", page.Internal);

        void Section(string title, IReadOnlyList<StatusUpdate> updates)
        {
            output.WriteLine($"{title}:");
            if (updates.Count == 0)
            {
                output.WriteLine("  (none)");
            }

            foreach (var update in updates)
            {
                output.WriteLine($"  {Line(update)}");
            }
        }
    }

    public static void Write(TextWriter output, Communication communication)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(communication.ExpectedEveryMinutes is { } every
            ? string.Create(c, $"status updates     expected every {every} min once the impact starts")
            : "status updates     no cadence expected by the scenario");
        output.WriteLine(communication.ImpactStartSecond is { } start
            ? $"impact window      {SimTime.Format(start)} to {(communication.ImpactEndSecond is { } end ? SimTime.Format(end) : "?")}"
            : "impact window      none");
        foreach (var update in communication.StatusUpdates.IsDefault ? [] : communication.StatusUpdates)
        {
            var inImpact = communication.ImpactStartSecond is { } s && update.Second >= s && (communication.ImpactEndSecond is not { } e || update.Second <= e);
            output.WriteLine($"  {(inImpact ? "during impact " : "outside impact")}  {Line(update)}");
        }

        List("late or missing updates", communication.LateOrMissing.IsDefault ? [] : [.. communication.LateOrMissing.Select(f => f.Text)]);
        List("unanswered stakeholder questions", communication.Unanswered.IsDefault ? [] : [.. communication.Unanswered.Select(Line)]);

        void List(string title, IReadOnlyList<string> items)
        {
            output.WriteLine(string.Create(c, $"{title}: {(items.Count == 0 ? "none" : items.Count.ToString(c))}"));
            foreach (var item in items)
            {
                output.WriteLine($"  - {item}");
            }
        }
    }
}
