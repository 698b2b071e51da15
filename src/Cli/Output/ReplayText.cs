using System.Globalization;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>A replayed second for people: the services' health, the alarms, and the last timeline entries up to then.</summary>
public static class ReplayText
{
    private const int TimelineTail = 10;

    public static void Write(TextWriter output, SessionReplay replay)
    {
        output.WriteLine($"Session at simulated {SimTime.Format(replay.Second)} (second {replay.Second}):");
        output.WriteLine();
        PlainTable.Write(output, ["service", "online", "in rotation", "rps", "errors", "latency"], replay.Health.Services.Select(s => (IReadOnlyList<string>)[
            s.Id,
            $"{s.Online}/{s.Instances}",
            $"{s.InRotation}/{s.Instances}",
            s.Rps.ToString("0.#", CultureInfo.InvariantCulture),
            (s.ErrorShare * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%",
            s.LatencyMs.ToString("0", CultureInfo.InvariantCulture) + " ms",
        ]));
        output.WriteLine();
        AlarmText.WriteList(output, replay.Alarms);
        output.WriteLine();
        output.WriteLine(replay.Timeline.Length > TimelineTail ? $"Last {TimelineTail} of {replay.Timeline.Length} timeline entries:" : "Timeline:");
        foreach (var entry in replay.Timeline.TakeLast(TimelineTail))
        {
            output.WriteLine(TimelineText.Line(entry));
        }
    }
}
