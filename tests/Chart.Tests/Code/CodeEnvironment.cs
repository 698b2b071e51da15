using System.Text.RegularExpressions;
using PracticePlatform.Testing;

namespace PracticePlatform.Chart.Tests.Code;

/// <summary>
/// The environment variables the platform reads, found in its source (src/**/*.cs): <c>PRACTICE_*</c> names written
/// as string literals, and <c>Practice__Section__Key</c> configuration keys, which .NET maps to
/// <c>Practice:Section:Key</c>: a key counts as read when that key is written out, or when its section is and a
/// property of that name is declared in the same file or in a <c>{Section}Options</c> class.
/// </summary>
public sealed partial class CodeEnvironment
{
    private readonly IReadOnlyList<(string Path, string Text)> _sources;

    private CodeEnvironment(IReadOnlyList<(string Path, string Text)> sources)
    {
        _sources = sources;
        PracticeVariables = sources.SelectMany(source => PracticeVariable().Matches(source.Text).Select(match => match.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
    }

    public static CodeEnvironment Source { get; } = Scan(RepositoryRoot.Combine("src"));

    /// <summary>Every <c>PRACTICE_*</c> name the source reads.</summary>
    public IReadOnlySet<string> PracticeVariables { get; }

    public static CodeEnvironment Scan(string sourceFolder)
    {
        var separator = Path.DirectorySeparatorChar;
        var sources = Directory.EnumerateFiles(sourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !path.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(path)))
            .ToList();
        return new CodeEnvironment(sources);
    }

    /// <summary>Whether the source reads this variable (a <c>PRACTICE_*</c> name or a <c>Practice__*</c> configuration key).</summary>
    public bool Reads(string variable)
    {
        if (variable.StartsWith("PRACTICE_", StringComparison.Ordinal))
        {
            return PracticeVariables.Contains(variable);
        }
        if (!variable.StartsWith("Practice__", StringComparison.Ordinal))
        {
            return false;
        }
        var parts = variable.Split("__");
        var key = string.Join(':', parts);
        if (_sources.Any(source => source.Text.Contains($"\"{key}\"", StringComparison.Ordinal)))
        {
            return true;
        }
        var section = string.Join(':', parts[..^1]);
        var property = new Regex($@"\bpublic\s+[\w<>?,\[\]. ]+\s+{Regex.Escape(parts[^1])}\s*\{{\s*get;");
        var optionsClass = new Regex($@"\bclass\s+{Regex.Escape(parts[^2])}Options\b");
        return _sources.Any(source =>
            (source.Text.Contains($"\"{section}\"", StringComparison.Ordinal) || optionsClass.IsMatch(source.Text))
            && property.IsMatch(source.Text));
    }

    [GeneratedRegex("\"(PRACTICE_[A-Z0-9_]+)\"")]
    private static partial Regex PracticeVariable();
}
