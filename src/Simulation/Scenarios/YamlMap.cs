using System.Collections.Immutable;
using System.Globalization;
using PracticePlatform.Simulation.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// Reads one YAML mapping with a fixed set of keys, reporting every problem (unknown, missing or mistyped keys)
/// with its position instead of stopping at the first.
/// </summary>
internal sealed class YamlMap
{
    private readonly ProblemSink _problems;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlMap(YamlNode node, ProblemSink problems, string what, params string[] keys)
    {
        _problems = problems;
        Node = node;
        What = what;
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(node, $"{what} must be a mapping");
            return;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? "" : "";
            if (Array.IndexOf(keys, name) < 0)
            {
                problems.Add(key, $"unknown key '{name}' in {what}{Suggestions.DidYouMean(name, keys)}");
                continue;
            }

            if (!_entries.TryAdd(name, (key, value)))
            {
                problems.Add(key, $"duplicate key '{name}' in {what}");
            }
        }
    }

    public YamlNode Node { get; }

    public string What { get; }

    public Mark Start => Node.Start;

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Raw(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public Mark MarkOf(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value.Start : Node.Start;

    public string? String(string key, bool required = false)
    {
        var node = Value(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && scalar.Value is { Length: > 0 } text)
        {
            return text;
        }

        _problems.Add(node, $"'{key}' in {What} must be a non-empty string");
        return null;
    }

    public string Text(string key, bool required = false) => String(key, required) ?? "";

    public double? Number(string key, bool required = false, double min = double.MinValue, double max = double.MaxValue)
    {
        var node = Value(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: { } text }
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            _problems.Add(node, $"'{key}' in {What} must be a number");
            return null;
        }

        if (value < min || value > max)
        {
            var range = max == double.MaxValue ? $"at least {Fmt(min)}" : $"between {Fmt(min)} and {Fmt(max)}";
            _problems.Add(node, $"'{key}' in {What} must be {range}, not {text}");
            return null;
        }

        return value;
    }

    public int? Integer(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Value(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: { } text }
            || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            _problems.Add(node, $"'{key}' in {What} must be a whole number");
            return null;
        }

        if (value < min || value > max)
        {
            _problems.Add(node, $"'{key}' in {What} must be between {min} and {max}, not {text}");
            return null;
        }

        return value;
    }

    public bool? Boolean(string key)
    {
        var node = Value(key, false);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        _problems.Add(node, $"'{key}' in {What} must be true or false");
        return null;
    }

    public TimeSpan? Duration(string key, bool required = false)
    {
        var node = Value(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && Durations.TryParse(text, out var duration))
        {
            return duration;
        }

        _problems.Add(node, $"'{key}' in {What} must be a duration such as 90s, 10m or 1h30m");
        return null;
    }

    public T? Enum<T>(string key, bool required = false)
        where T : struct, Enum
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        var names = System.Enum.GetNames<T>().Select(Kebab).ToArray();
        var index = Array.IndexOf(names, text);
        if (index >= 0)
        {
            return System.Enum.GetValues<T>()[index];
        }

        _problems.Add(Raw(key)!, $"'{key}' in {What} must be one of {string.Join(", ", names)}, not '{text}'{Suggestions.DidYouMean(text, names)}");
        return null;
    }

    /// <summary>The items of a sequence; a missing optional key gives an empty list.</summary>
    public IReadOnlyList<YamlNode> Sequence(string key, bool required = false)
    {
        var node = Value(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        _problems.Add(node, $"'{key}' in {What} must be a list");
        return [];
    }

    public ImmutableArray<(string Value, Mark Mark)> Strings(string key, bool required = false)
    {
        var builder = ImmutableArray.CreateBuilder<(string, Mark)>();
        foreach (var item in Sequence(key, required))
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text })
            {
                builder.Add((text, item.Start));
            }
            else
            {
                _problems.Add(item, $"items of '{key}' in {What} must be non-empty strings");
            }
        }

        return builder.ToImmutable();
    }

    public ImmutableSortedDictionary<string, string> StringMap(string key)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var node = Value(key, false);
        if (node is null)
        {
            return builder.ToImmutable();
        }

        if (node is not YamlMappingNode mapping)
        {
            _problems.Add(node, $"'{key}' in {What} must be a mapping of names to values");
            return builder.ToImmutable();
        }

        foreach (var (k, v) in mapping.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && v is YamlScalarNode { Value: { } value })
            {
                builder[name] = value;
            }
            else
            {
                _problems.Add(k, $"entries of '{key}' in {What} must be plain name: value pairs");
            }
        }

        return builder.ToImmutable();
    }

    public static string Kebab(string pascal)
    {
        var chars = new List<char>(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                chars.Add('-');
            }

            chars.Add(char.ToLowerInvariant(pascal[i]));
        }

        return new string([.. chars]);
    }

    private YamlNode? Value(string key, bool required)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Value is YamlScalarNode { Value: null or "" or "~" or "null", Style: ScalarStyle.Plain })
            {
                if (required)
                {
                    _problems.Add(entry.Key, $"'{key}' in {What} must have a value");
                }

                return null;
            }

            return entry.Value;
        }

        if (required)
        {
            _problems.Add(Node, $"missing required key '{key}' in {What}");
        }

        return null;
    }

    private static string Fmt(double value) => value.ToString(CultureInfo.InvariantCulture);
}
