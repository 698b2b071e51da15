using System.Globalization;

namespace PracticePlatform.Simulation.Scenarios;

internal sealed partial class ScenarioReader
{
    /// <summary>A request type's <c>shape</c>: <c>{ daily_peak, peak_at, surge, surge_factor }</c>; null when flat.</summary>
    private TrafficShape? ReadShape(YamlMap type, string what)
    {
        if (type.Raw("shape") is not { } node)
        {
            return null;
        }

        var map = new YamlMap(node, _problems, $"the shape of {what}", "daily_peak", "peak_at", "surge", "surge_factor");
        var peak = map.Number("daily_peak", min: 1, max: 100) ?? 1;
        var peakAt = TimeSpan.FromHours(14);
        if (map.String("peak_at") is { } text)
        {
            if (TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out var time) && time < TimeSpan.FromDays(1))
            {
                peakAt = time;
            }
            else
            {
                _problems.Add(map.MarkOf("peak_at"), $"'peak_at' of {what} must be a time of day such as 14:00 (on the tools' clock)");
            }
        }

        TimeWindow? surge = null;
        if (map.String("surge") is { } window)
        {
            if (TimeWindow.TryParse(window, out var parsed))
            {
                surge = parsed;
            }
            else
            {
                _problems.Add(map.MarkOf("surge"), $"'surge' of {what} must be a window of scenario time such as 20m..30m");
            }
        }

        var factor = map.Number("surge_factor", min: 0.01, max: 100) ?? 1;
        if (map.Has("surge_factor") != map.Has("surge"))
        {
            _problems.Add(map.MarkOf(map.Has("surge") ? "surge" : "surge_factor"), $"the shape of {what} needs both 'surge' and 'surge_factor'");
        }

        return new TrafficShape(peak, peakAt, surge, factor);
    }
}
