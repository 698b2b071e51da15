namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// How a request type's rate changes over time: a daily curve whose peak is <see cref="DailyPeak"/> times the
/// nightly trough (the written <c>rate</c>) at <see cref="PeakAt"/> on the tools' clock, and a scheduled surge that
/// multiplies the rate by <see cref="SurgeFactor"/> during <see cref="Surge"/> (scenario time).
/// </summary>
public sealed record TrafficShape(double DailyPeak, TimeSpan PeakAt, TimeWindow? Surge, double SurgeFactor)
{
    private const double Day = 86400;

    /// <summary>The rate multiplier at <paramref name="timeOfDay"/> (seconds past midnight) and scenario second <paramref name="second"/>.</summary>
    public double Factor(double timeOfDay, long second)
    {
        var factor = 1.0;
        if (DailyPeak != 1)
        {
            // Distance from the peak as a share of half a day (0 at the peak, 1 at the trough); smoothstep is a
            // raised cosine to within a percent, in plain arithmetic so every machine computes the same rate.
            var away = Math.Abs(timeOfDay - PeakAt.TotalSeconds) % Day;
            var t = Math.Min(away, Day - away) / (Day / 2);
            factor = 1 + ((DailyPeak - 1) * (1 - (t * t * (3 - (2 * t)))));
        }

        if (Surge is { } surge && second >= surge.From.TotalSeconds && second <= surge.To.TotalSeconds)
        {
            factor *= SurgeFactor;
        }

        return factor;
    }
}
