using System.Globalization;

namespace PracticePlatform.Simulation.Faults;

/// <summary>
/// Which values of a configuration key a scenario counts as correct: a numeric range <c>lo..hi</c> (either end may
/// be left out), or a set of words <c>a|b|c</c>. A bad configuration is fixed only by a value the rule accepts,
/// not by any value that differs from the bad one.
/// </summary>
internal readonly record struct ConfigRule(string Text)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    /// <summary>
    /// Whether <paramref name="value"/> is correct. Checked every second for a mitigated fault whose cause may come
    /// back, so it reads the rule's text in place rather than splitting it into new strings.
    /// </summary>
    public bool Accepts(string value)
    {
        var text = Text.AsSpan();
        var range = text.IndexOf("..", StringComparison.Ordinal);
        if (range < 0)
        {
            foreach (var word in text.Split('|'))
            {
                if (text[word].Trim().SequenceEqual(value))
                {
                    return true;
                }
            }

            return false;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return false;
        }

        var lo = Bound(text[..range], double.NegativeInfinity);
        var hi = Bound(text[(range + 2)..], double.PositiveInfinity);
        return number >= lo && number <= hi;
    }

    /// <summary>A problem with the rule's own text, for the scenario reader; null when it reads.</summary>
    public static string? Problem(string text)
    {
        var range = text.IndexOf("..", StringComparison.Ordinal);
        if (range < 0)
        {
            return text.Split('|').Any(w => w.Trim().Length == 0) ? $"'{text}' is not a rule: write a range such as 8..4096 or a set such as on|true" : null;
        }

        var lo = Bound(text.AsSpan(0, range), double.NegativeInfinity);
        var hi = Bound(text.AsSpan(range + 2), double.PositiveInfinity);
        return double.IsNaN(lo) || double.IsNaN(hi) || lo > hi
            ? $"'{text}' is not a range: write lo..hi with numbers, lo at most hi (either end may be left out)"
            : null;
    }

    private static double Bound(ReadOnlySpan<char> text, double missing)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return missing;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : double.NaN;
    }
}
