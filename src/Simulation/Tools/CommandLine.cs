using System.Globalization;
using System.Text;
using PracticePlatform.Simulation.Text;

namespace PracticePlatform.Simulation.Tools;

/// <summary>A typed command split into words (quotes group words), with --name value options picked out.</summary>
internal sealed class CommandLine
{
    private readonly List<string> _words;
    private readonly SortedDictionary<string, string> _options = new(StringComparer.Ordinal);

    private CommandLine(List<string> words)
    {
        _words = [];
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            if (word.StartsWith("--", StringComparison.Ordinal) && word.Length > 2)
            {
                var eq = word.IndexOf('=');
                if (eq > 0)
                {
                    _options[word[2..eq]] = word[(eq + 1)..];
                }
                else if (k + 1 < words.Count && !words[k + 1].StartsWith('-'))
                {
                    _options[word[2..]] = words[++k];
                }
                else
                {
                    _options[word[2..]] = "true";
                }
            }
            else
            {
                _words.Add(word);
            }
        }
    }

    public IReadOnlyList<string> Words => _words;

    public int Count => _words.Count;

    public string this[int index] => index < _words.Count ? _words[index] : "";

    public IEnumerable<string> OptionNames => _options.Keys;

    public static CommandLine Parse(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        var any = false;
        foreach (var c in text)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                any = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0 || any)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0 || any)
        {
            words.Add(current.ToString());
        }

        return new CommandLine(words);
    }

    public bool Has(string flag) => _words.Contains(flag) || _options.ContainsKey(flag.TrimStart('-'));

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool TryDuration(string name, TimeSpan fallback, out TimeSpan duration, out string? problem)
    {
        problem = null;
        duration = fallback;
        if (Option(name) is not { } text)
        {
            return true;
        }

        if (Durations.TryParse(text, out duration))
        {
            return true;
        }

        problem = $"--{name} expects a duration such as 10m or 1h, not '{text}'";
        return false;
    }

    public bool TryInt(string name, int fallback, int min, int max, out int value, out string? problem)
    {
        problem = null;
        value = fallback;
        if (Option(name) is not { } text)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        problem = $"--{name} expects a whole number from {min} to {max}, not '{text}'";
        return false;
    }
}
