using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>A cell's alarm rules for people: firing ones first, with who acknowledged them.</summary>
public static class AlarmText
{
    public static void WriteList(TextWriter output, IReadOnlyList<AlarmView> alarms)
    {
        if (alarms.Count == 0)
        {
            output.WriteLine("No alarm rules.");
            return;
        }

        PlainTable.Write(output, ["alarm", "severity", "state", "since", "acknowledged", "message"], alarms
            .OrderByDescending(a => a.Firing)
            .Select(a => (IReadOnlyList<string>)[
                a.Id,
                a.Severity,
                a.Firing ? "FIRING" : "ok",
                SimTime.Format(a.Since),
                a.AcknowledgedBy is { } by ? $"{by} at {SimTime.Format(a.AcknowledgedAt ?? a.Since)}" : "-",
                a.Message,
            ]));
    }
}
