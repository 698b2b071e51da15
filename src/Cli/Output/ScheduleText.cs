using System.Globalization;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>Schedules and coverage for people: a schedule with its occurrences, a list of schedules, a coverage matrix.</summary>
public static class ScheduleText
{
    public static void Write(TextWriter output, PracticeScheduleView schedule)
    {
        output.WriteLine($"schedule  {schedule.Id}");
        output.WriteLine($"recurs    {Recurrence(schedule.Recurrence)}");
        output.WriteLine($"pool      {string.Join(", ", schedule.ScenarioPool)}");
        output.WriteLine($"books     {Count(schedule.DurationMinutes)} min, created {Count(schedule.CreateAheadDays)} days ahead");
        output.WriteLine(schedule.StoppedAt is { } stopped ? $"stopped   {SessionText.Wall(stopped)}" : $"next      {(schedule.NextStart is { } next ? SessionText.Wall(next) : "-")}");
        output.WriteLine();
        if (schedule.Occurrences.IsDefaultOrEmpty)
        {
            output.WriteLine("No occurrences yet.");
            return;
        }

        PlainTable.Write(output, ["#", "start", "session", "scenario"], schedule.Occurrences.Select(o => (IReadOnlyList<string>)[
            Count(o.Number),
            SessionText.Wall(o.Start),
            o.SessionId?.ToString() ?? "missed",
            o.ScenarioId ?? (o.SessionId is null ? o.Missed ?? "-" : "(hidden)"),
        ]));
    }

    public static void WriteList(TextWriter output, IReadOnlyList<PracticeScheduleView> schedules)
    {
        if (schedules.Count == 0)
        {
            output.WriteLine("No schedules.");
            return;
        }

        PlainTable.Write(output, ["schedule", "recurs", "pool", "sessions", "next"], schedules.Select(s => (IReadOnlyList<string>)[
            s.Id.ToString(),
            Recurrence(s.Recurrence),
            Count(s.ScenarioPool.Length),
            Count(s.Occurrences.Count(o => o.SessionId is not null)),
            s.StoppedAt is not null ? "stopped" : s.NextStart is { } next ? SessionText.Wall(next) : "-",
        ]));
    }

    /// <summary>One row per member, one column per scenario the caller may see, then the counts over the whole pool.</summary>
    public static void WriteCoverage(TextWriter output, CoverageMatrix coverage)
    {
        output.WriteLine($"cohort   {coverage.CohortId} ({coverage.Name})");
        if (coverage.HiddenScenarios > 0)
        {
            output.WriteLine($"{Count(coverage.HiddenScenarios)} scenario(s) not shown: only those whose debrief you had are named; they count in the totals.");
        }

        output.WriteLine();
        if (coverage.Members.IsDefaultOrEmpty)
        {
            output.WriteLine("No members.");
            return;
        }

        PlainTable.Write(output, ["member", .. coverage.Scenarios, "played", "scheduled", "not yet"], coverage.Members.Select(m => (IReadOnlyList<string>)[
            m.Name,
            .. coverage.Scenarios.Select(s => m.Scenarios.TryGetValue(s, out var state) ? State(state) : "-"),
            Count(m.Played),
            Count(m.Scheduled),
            Count(m.NotYet),
        ]));
    }

    private static string Recurrence(RecurrenceView r)
    {
        var every = r.Interval == 1 ? (r.Frequency == "weekly" ? "weekly" : "daily") : $"every {Count(r.Interval)} {(r.Frequency == "weekly" ? "weeks" : "days")}";
        var day = r.Day is { Length: > 0 } d ? $" on {char.ToUpperInvariant(d[0])}{d[1..]}" : "";
        return $"{every}{day} at {r.Time:hh\\:mm} {r.TimeZone}";
    }

    private static string State(string state) => state switch
    {
        "notYet" => "not yet",
        _ => state,
    };

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
