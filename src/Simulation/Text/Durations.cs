using System.Globalization;

namespace PracticePlatform.Simulation.Text;

/// <summary>Durations as scenario authors and responders write them: "90s", "10m", "1h30m", "2h", or seconds.</summary>
public static class Durations
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        text = text.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var plainSeconds))
        {
            duration = TimeSpan.FromSeconds(plainSeconds);
            return true;
        }

        long total = 0;
        long number = -1;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                number = (number < 0 ? 0 : number * 10) + (c - '0');
                if (number > 10_000_000)
                {
                    return false;
                }

                continue;
            }

            if (number < 0)
            {
                return false;
            }

            long unit = c switch { 's' => 1, 'm' => 60, 'h' => 3600, 'd' => 86400, _ => 0 };
            if (unit == 0)
            {
                return false;
            }

            total += number * unit;
            number = -1;
        }

        if (number >= 0)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(total);
        return true;
    }

    public static string Format(TimeSpan duration)
    {
        var seconds = (long)duration.TotalSeconds;
        if (seconds == 0)
        {
            return "0s";
        }

        var h = seconds / 3600;
        var m = seconds % 3600 / 60;
        var s = seconds % 60;
        return (h > 0 ? $"{h}h" : "") + (m > 0 ? $"{m}m" : "") + (s > 0 ? $"{s}s" : "");
    }
}
