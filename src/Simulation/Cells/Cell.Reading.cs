using PracticePlatform.Simulation.Tools;

namespace PracticePlatform.Simulation.Cells;

/// <summary>Looking at a frozen cell: reading tools run without a tick and without an entry in the action log.</summary>
public sealed partial class Cell
{
    /// <summary>Whether <paramref name="commandLine"/> reads the cell or remediates it.</summary>
    public static CommandEffect EffectOf(string commandLine) => CommandInterpreter.EffectOf(commandLine ?? "");

    /// <summary>
    /// Runs a reading command against the cell as it stands and logs nothing: a read changes no state, so leaving it
    /// out of the action log keeps the digest and every replay byte-identical (a read logged while the cell runs
    /// replays to the same state too; it only counts in the digest as an action). Refuses a remediation, which must
    /// go through <see cref="Execute"/>.
    /// </summary>
    public CommandResult Read(string commandLine)
    {
        commandLine ??= "";
        if (EffectOf(commandLine) != CommandEffect.Read)
        {
            throw new InvalidOperationException($"'{commandLine}' changes the cell; run it with Execute so that it is logged.");
        }

        return CommandInterpreter.Run(_state, commandLine);
    }
}
