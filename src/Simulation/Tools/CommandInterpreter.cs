using System.Text;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Text;

namespace PracticePlatform.Simulation.Tools;

/// <summary>
/// Finds and runs a typed command. Unknown commands, commands from packs the scenario does not offer and bad
/// arguments get a helpful message with a suggestion, never an exception.
/// </summary>
internal static class CommandInterpreter
{
    private static readonly CommandSpec[] Commands =
    [
        .. OsCommands.All,
        .. RemediationCommands.All,
        .. LimitCommands.All,
        .. DatabaseCommands.All,
        .. MantaCommands.All,
        .. KubernetesCommands.All,
    ];

    /// <summary>Every command, in the order <c>help</c> lists them.</summary>
    public static IReadOnlyList<CommandSpec> All => Commands;

    /// <summary>
    /// Whether <paramref name="text"/> reads or changes the cell (see <see cref="CommandEffects"/>). Lines that name no
    /// command (empty, help, typos) read: they only print a message. A command missing from the list counts as a
    /// remediation, so an oversight makes it wait rather than change a frozen cell.
    /// </summary>
    public static CommandEffect EffectOf(string text)
    {
        var line = CommandLine.Parse(text);
        return line.Count == 0 || Find(line) is not { } spec ? CommandEffect.Read : CommandEffects.Of(spec, line) ?? CommandEffect.Remediation;
    }

    public static CommandResult Run(CellState cell, string text)
    {
        var line = CommandLine.Parse(text);
        if (line.Count == 0)
        {
            return CommandResult.Fail("empty command; type 'help' for the list of commands");
        }

        var packs = cell.Topology.Scenario.Tools;
        if (line[0] is "help" or "?")
        {
            return CommandResult.Show(Help(packs, line[1]));
        }

        if (Unavailable(packs, text) is { } problem)
        {
            return CommandResult.Fail(problem);
        }

        var spec = Find(line)!;
        try
        {
            return spec.Run(new CommandContext(cell, line));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A handler bug must not break a session; report it like a tool would.
            return CommandResult.Fail($"{spec.Name}: internal error ({e.GetType().Name}); usage: {spec.Usage}");
        }
    }

    /// <summary>
    /// Why a command line names no command the scenario's tool packs offer (unknown, or from another pack), or null
    /// when it does. Arguments are not checked: that needs a cell.
    /// </summary>
    public static string? Unavailable(IReadOnlyCollection<ToolPack> packs, string text)
    {
        var line = CommandLine.Parse(text);
        if (line.Count == 0)
        {
            return "empty command; type 'help' for the list of commands";
        }

        if (line[0] is "help" or "?")
        {
            return null;
        }

        var spec = Find(line);
        if (spec is null)
        {
            var names = Commands.Where(c => Available(packs, c.Pack)).Select(c => c.Name).Distinct();
            var attempt = line.Count > 1 && Commands.Any(c => c.Name.StartsWith(line[0] + " ", StringComparison.Ordinal)) ? line[0] + " " + line[1] : line[0];
            var known = Commands.Any(c => c.Name == attempt || c.Name.StartsWith(line[0] + " ", StringComparison.Ordinal));
            return known
                ? $"{line[0]}: unknown subcommand '{line[1]}'{Suggestions.DidYouMean(attempt, names)}; try 'help {line[0]}'"
                : $"{line[0]}: command not found{Suggestions.DidYouMean(attempt, names)}; type 'help' for the list of commands";
        }

        return Available(packs, spec.Pack)
            ? null
            : $"{spec.Name}: not available in this environment (the {YamlMap.Kebab(spec.Pack.ToString())} tool pack is not part of this scenario)";
    }

    private static bool Available(IReadOnlyCollection<ToolPack> packs, ToolPack pack) => pack == ToolPack.Os || packs.Contains(pack);

    private static CommandSpec? Find(CommandLine line)
    {
        var two = line[0] + " " + line[1];
        return Commands.FirstOrDefault(c => c.Name == two) ?? Commands.FirstOrDefault(c => c.Name == line[0]);
    }

    private static string Help(IReadOnlyCollection<ToolPack> packs, string topic)
    {
        var text = new StringBuilder();
        foreach (var spec in Commands)
        {
            if (Available(packs, spec.Pack) && (topic.Length == 0 || spec.Name == topic || spec.Name.StartsWith(topic + " ", StringComparison.Ordinal)))
            {
                text.Append(spec.Usage.PadRight(58)).Append("  ").AppendLine(spec.Summary);
            }
        }

        return text.Length == 0 ? $"help: no command '{topic}'" : text.ToString();
    }
}
