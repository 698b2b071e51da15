using System.Globalization;

namespace PracticePlatform.Simulation.Tools;

/// <summary>The wall clock a cell's tools print: a fixed start plus simulated seconds (plus any host clock skew).</summary>
public static class SimulatedClock
{
    public static readonly DateTime Epoch = new(2026, 3, 2, 14, 0, 0, DateTimeKind.Utc);

    public static string Iso(long second, double skew = 0) =>
        Epoch.AddSeconds(second + skew).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Time(long second) => Epoch.AddSeconds(second).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
