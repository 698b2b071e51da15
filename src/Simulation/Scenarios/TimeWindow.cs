using PracticePlatform.Simulation.Text;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>An inclusive range of simulated time, written <c>10m..14m</c> in scenario files.</summary>
public sealed record TimeWindow(TimeSpan From, TimeSpan To)
{
    public bool Contains(TimeSpan time) => time >= From && time <= To;

    public static bool TryParse(string text, out TimeWindow window)
    {
        window = new TimeWindow(TimeSpan.Zero, TimeSpan.Zero);
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0 || !Durations.TryParse(text[..dots], out var from) || !Durations.TryParse(text[(dots + 2)..], out var to) || to < from)
        {
            return false;
        }

        window = new TimeWindow(from, to);
        return true;
    }

    public override string ToString() => $"{Durations.Format(From)}..{Durations.Format(To)}";
}
