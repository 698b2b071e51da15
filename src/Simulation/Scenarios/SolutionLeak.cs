using System.Text;
using PracticePlatform.Simulation.Tools;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// Whether a text a responder will read before their debrief (a hint, a stakeholder message) gives the scenario's
/// answer away: names an inject or its fault kind, the remedy a restoring play runs (its command's first two words,
/// such as <c>svcadm clear</c>), an inject's distinctive parameter value (a config key, a feature flag, a process), or
/// repeats <see cref="SharedWords"/> words in a row of the solution write-up. The same check runs on the scenario's
/// own texts at upload and on what instigators post during the practice.
/// </summary>
public static class SolutionLeak
{
    /// <summary>How many consecutive words shared with the solution count as quoting it.</summary>
    public const int SharedWords = 6;

    /// <summary>Why <paramref name="text"/> reveals the solution of <paramref name="scenario"/>, or null when it does not.</summary>
    public static string? Find(string text, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var words = Words(text ?? "");
        var line = " " + string.Join(' ', words) + " ";
        foreach (var (phrase, what) in Phrases(scenario))
        {
            if (line.Contains(" " + phrase + " ", StringComparison.Ordinal))
            {
                return $"it names {what} '{phrase}'";
            }
        }

        var solution = Words(scenario.Solution);
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k + SharedWords <= solution.Count; k++)
        {
            runs.Add(string.Join(' ', solution.Skip(k).Take(SharedWords)));
        }

        for (var k = 0; k + SharedWords <= words.Count; k++)
        {
            var run = string.Join(' ', words.Skip(k).Take(SharedWords));
            if (runs.Contains(run))
            {
                return $"it quotes the solution ('{run}')";
            }
        }

        return null;
    }

    private static IEnumerable<(string Phrase, string What)> Phrases(Scenario scenario)
    {
        foreach (var inject in scenario.Injects)
        {
            yield return (inject.Id.ToLowerInvariant(), "an inject");
            yield return (inject.Kind.ToLowerInvariant(), "the fault kind");
            yield return (inject.Kind.ToLowerInvariant().Replace('-', ' '), "the fault kind");
            foreach (var value in inject.Parameters.Values)
            {
                var phrase = string.Join(' ', Words(value));
                if (phrase.Length >= 4 && !double.TryParse(phrase, System.Globalization.CultureInfo.InvariantCulture, out _) && phrase is not ("true" or "false"))
                {
                    yield return (phrase, "a value the fault sets");
                }
            }
        }

        var targets = Targets(scenario);
        foreach (var play in scenario.Plays.Where(p => p.Outcome.Restored))
        {
            foreach (var step in play.Steps.Where(s => CommandInterpreter.EffectOf(s.Command) == CommandEffect.Remediation))
            {
                // The verb, with its subcommand when it has one: `svcadm clear`, `config rollback`, but `free-disk`.
                var command = Words(step.Command);
                yield return (command.Count > 1 && !targets.Contains(command[1]) ? $"{command[0]} {command[1]}" : command[0], "the remedy");
            }
        }
    }

    /// <summary>What commands name as their targets: services, instances, hosts, datacenters, databases (lowercase).</summary>
    private static HashSet<string> Targets(Scenario scenario)
    {
        var environment = scenario.Environment;
        return new HashSet<string>(
            environment.Services.SelectMany(s => s.Instances.Select(i => i.Id).Append(s.Id))
                .Concat(environment.Hosts.Select(h => h.Id))
                .Concat(environment.Datacenters.Select(d => d.Id))
                .Concat(environment.Databases.Select(d => d.Id))
                .Select(id => id.ToLowerInvariant()),
            StringComparer.Ordinal);
    }

    /// <summary>Lowercase words; punctuation around a word (quotes, backticks, a closing '?') is not part of it.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=')
            {
                word.Append(c);
                continue;
            }

            var trimmed = word.ToString().Trim('.', '-', '/', '=');
            if (trimmed.Length > 0)
            {
                words.Add(trimmed);
            }

            word.Clear();
        }

        return words;
    }
}
