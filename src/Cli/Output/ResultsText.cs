using System.Globalization;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>Debriefed sessions' figures side by side, one row per session, oldest debrief first.</summary>
public static class ResultsText
{
    public static void WriteList(TextWriter output, IReadOnlyList<SessionResult> results)
    {
        if (results.Count == 0)
        {
            output.WriteLine("No debriefed sessions.");
            return;
        }

        PlainTable.Write(output, ["session", "cohort", "debriefed", "detect", "ack", "mitigate", "resolve", "window off (min)", "shares off", "hints", "commands"], results.Select(r => (IReadOnlyList<string>)[
            r.SessionId.ToString(),
            r.CohortName ?? "-",
            SessionText.Wall(r.DebriefedAt),
            Time(r.TimeToDetectSeconds),
            Time(r.TimeToAcknowledgeSeconds),
            Time(r.TimeToMitigateSeconds),
            Time(r.TimeToResolveSeconds),
            r.AssessmentError is { } e ? $"{Signed(e.StartMinutesOff)} / {Signed(e.EndMinutesOff)}" : "-",
            r.AssessmentError is { } p ? p.FailedSharePointsOff.ToString("0.#", CultureInfo.InvariantCulture) + " pts" : "-",
            r.HintsUsed.ToString(CultureInfo.InvariantCulture),
            r.CommandsRun.ToString(CultureInfo.InvariantCulture),
        ]));
    }

    private static string Time(long? seconds) => seconds is { } s ? SimTime.Format(s) : "-";

    private static string Signed(long? minutes) => minutes is { } m ? m.ToString("+0;-0;0", CultureInfo.InvariantCulture) : "?";
}
