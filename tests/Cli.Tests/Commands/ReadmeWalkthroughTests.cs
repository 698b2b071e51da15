using System.Text;
using System.Text.RegularExpressions;
using PracticePlatform.Testing;

namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>
/// The README's first practice, run as written: each `practice` line of the block after <c>&lt;!-- walkthrough --&gt;</c>
/// by the person its last "# As ..." line names, with the ids the earlier commands printed put where it says
/// <c>&lt;rui&gt;</c>, <c>&lt;cohort&gt;</c> and <c>&lt;session&gt;</c>. Every command must succeed; "(n minutes later)" moves the clock.
/// The only liberty taken: the report is written to the test's client folder instead of the current directory.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ReadmeWalkthroughTests(PlatformHost host)
{
    [Fact]
    public async Task TheReadmesFirstPractice_RunsAsWritten()
    {
        var lines = WalkthroughLines();
        Assert.True(lines.Count(l => l.StartsWith("practice ", StringComparison.Ordinal)) >= 10, "the README's walk-through is missing or shorter than a practice");
        var terminals = new Dictionary<string, Terminal>(StringComparer.OrdinalIgnoreCase) { ["admin"] = Terminal.Admin(host) };
        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal);
        var transcript = new StringBuilder();
        Terminal? current = null;
        CliRun? last = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('#'))
            {
                if (AsWho().Match(line) is { Success: true } who)
                {
                    current = terminals[who.Groups[1].Value];
                }
                if (Later().Match(line) is { Success: true } later)
                {
                    host.Clock.Advance(TimeSpan.FromMinutes(int.Parse(later.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
                }
                continue;
            }
            Assert.NotNull(current);
            var words = ShellWords.Split(Placeholder().Replace(line, m => placeholders.TryGetValue(m.Value, out var value) ? value
                : throw new InvalidOperationException($"'{m.Value}' in '{line}' is not printed by any earlier command of the walk-through")));
            Assert.Equal("practice", words[0]);
            string[] args = [.. words[1..].Select(w => w == "postmortem.md" ? Path.Combine(host.ClientFolder, "walkthrough-postmortem.md") : w)];
            last = await current.RunAsync(args);
            transcript.AppendLine($"$ {line}").Append(last.Output).Append(last.Error);
            Assert.True(last.ExitCode == 0, $"'{line}' failed as {current.Name}:\n{last}\n--- so far\n{transcript}");
            Learn(last, args, terminals, placeholders);
        }

        // The practice really happened: the responder's fix restored the cell, and the report has it.
        var report = await File.ReadAllTextAsync(Path.Combine(host.ClientFolder, "walkthrough-postmortem.md"));
        Assert.Contains("svcadm clear webapi", report, StringComparison.Ordinal);
        Assert.Contains("| Ines Silva | Inject | inject webapi-crash |", report, StringComparison.Ordinal);
        var debrief = (await terminals["Ines"].RunAsync("session", "debrief", placeholders["<session>"])).Output;
        Assert.Matches(@"cell restored\s+yes", debrief);
    }

    /// <summary>Names people by their first name and remembers the ids the walk-through's later lines refer to.</summary>
    private void Learn(CliRun run, string[] args, Dictionary<string, Terminal> terminals, Dictionary<string, string> placeholders)
    {
        if (args is ["people", "add", var name, ..])
        {
            var person = PersonLine().Match(run.Output).Groups[1].Value;
            var token = TokenLine().Match(run.Output).Groups[1].Value;
            var first = name.Split(' ')[0];
            terminals[first] = Terminal.Of(host, first, token, Guid.Parse(person));
            placeholders[$"<{first.ToLowerInvariant()}>"] = person;
        }
        else if (args is ["cohort", "create", ..])
        {
            placeholders["<cohort>"] = CohortLine().Match(run.Output).Groups[1].Value;
        }
        else if (args is ["session", "create", ..])
        {
            placeholders["<session>"] = CreatedLine().Match(run.Output).Groups[1].Value;
        }
    }

    private static List<string> WalkthroughLines()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md")).ReplaceLineEndings("\n");
        var marker = readme.IndexOf("<!-- walkthrough -->\n```\n", StringComparison.Ordinal);
        Assert.True(marker >= 0, "README.md has no walk-through block");
        var start = readme.IndexOf("```\n", marker, StringComparison.Ordinal) + 4;
        var end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        return [.. readme[start..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
    }

    [GeneratedRegex(@"^# As (?:the )?(\w+)")]
    private static partial Regex AsWho();

    [GeneratedRegex(@"\((\d+) minutes? later\)")]
    private static partial Regex Later();

    [GeneratedRegex(@"<[a-z]+>")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^person\s+([0-9a-f-]{36})$", RegexOptions.Multiline)]
    private static partial Regex PersonLine();

    [GeneratedRegex(@"^token\s+(\S+)$", RegexOptions.Multiline)]
    private static partial Regex TokenLine();

    [GeneratedRegex(@"^cohort\s+([0-9a-f-]{36})$", RegexOptions.Multiline)]
    private static partial Regex CohortLine();

    [GeneratedRegex(@"^Created session ([0-9a-f-]{36})\.", RegexOptions.Multiline)]
    private static partial Regex CreatedLine();
}
