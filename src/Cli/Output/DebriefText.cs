using System.Globalization;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>The debrief for people: the assessment beside the ground truth, the response times, hints, blind alleys and lessons.</summary>
public static class DebriefText
{
    public static void Write(TextWriter output, Debrief debrief)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"debrief of {debrief.ScenarioId}");
        output.WriteLine($"impact (actual)    {Window(debrief.ImpactStartMinute, debrief.ImpactEndMinute, debrief.ImpactOngoing)}");
        output.WriteLine(debrief.Assessment is { } assessed
            ? $"impact (assessed)  {Window(assessed.StartMinute, assessed.EndMinute, ongoing: false)}"
            : "impact (assessed)  no assessment submitted");
        if (debrief.Assessment is { } assessment)
        {
            output.WriteLine($"root cause         {assessment.RootCause}");
            output.WriteLine($"summary            {assessment.Summary}");
        }

        output.WriteLine($"cell restored      {(debrief.CellRestored ? "yes" : "no")}");
        foreach (var criterion in debrief.Resolution.IsDefault ? [] : debrief.Resolution)
        {
            // Says why a cell is not restored: which criterion, and how far from it.
            output.WriteLine($"  {(criterion.Met ? "met    " : "not met")}  {criterion.Criterion}: {criterion.Progress}");
        }

        output.WriteLine($"injected at        {(debrief.InjectedAtSecond is { } injected ? SimTime.Format(injected) : "-")}");
        output.WriteLine($"time to detect     {Duration(debrief.TimeToDetectSeconds)}");
        output.WriteLine($"time to ack        {Duration(debrief.TimeToAcknowledgeSeconds)}");
        output.WriteLine($"time to mitigate   {Duration(debrief.TimeToMitigateSeconds)}");
        output.WriteLine($"time to resolve    {Duration(debrief.TimeToResolveSeconds)}");
        if (debrief.Assembly is { } assembly)
        {
            output.WriteLine(string.Create(c, $"time to assemble   first {Duration(assembly.FirstJoinSeconds)}, median {Duration(assembly.MedianJoinSeconds)} ({assembly.Joined} of {assembly.Paged} paged joined)"));
        }
        output.WriteLine(string.Create(c, $"commands run       {debrief.CommandsRun}; hints {debrief.HintsGiven}; pointers {debrief.PointersGiven}"));
        if (!debrief.RequestTypes.IsDefaultOrEmpty)
        {
            output.WriteLine();
            PlainTable.Write(output, ["request type", "assessed failed", "actual failed", "failed", "attempted"], debrief.RequestTypes.Select(r =>
                (IReadOnlyList<string>)[
                    r.RequestType,
                    r.AssessedFailedShare is { } share ? Percent(share) : "-",
                    Percent(r.ActualFailedShare),
                    r.Failed.ToString(c),
                    r.Attempted.ToString(c),
                ]));
        }

        if (!debrief.Differences.IsDefaultOrEmpty)
        {
            output.WriteLine();
            output.WriteLine("how the assessment differs from the ground truth:");
            foreach (var difference in debrief.Differences)
            {
                output.WriteLine($"  - {difference}");
            }
        }

        if (debrief.Communication is { } communication)
        {
            output.WriteLine();
            StakeholderText.Write(output, communication);
        }

        List("hints used", debrief.HintsUsed);
        List("blind alleys", debrief.BlindAlleys);
        List("lessons", debrief.Lessons.IsDefault ? [] : [.. debrief.Lessons.Select(l => $"{l.Text} ({l.By})")]);

        void List(string title, IReadOnlyList<string> items)
        {
            if (items.Count == 0)
            {
                return;
            }

            output.WriteLine($"{title}:");
            foreach (var item in items)
            {
                output.WriteLine($"  - {item}");
            }
        }
    }

    private static string Window(long? startMinute, long? endMinute, bool ongoing) => startMinute is { } start
        ? string.Create(CultureInfo.InvariantCulture, $"minute {start} to {(ongoing ? "ongoing" : endMinute?.ToString(CultureInfo.InvariantCulture) ?? "?")}")
        : "none";

    private static string Duration(long? seconds) => seconds is { } s ? SimTime.Format(s) : "-";

    private static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);
}
