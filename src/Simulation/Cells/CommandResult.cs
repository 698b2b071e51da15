namespace PracticePlatform.Simulation.Cells;

/// <summary>What a command typed against a cell printed, whether it worked, and whether it changed the cell.</summary>
public sealed record CommandResult(bool Ok, string Output, bool ChangedState)
{
    public static CommandResult Fail(string output) => new(false, output, false);

    public static CommandResult Show(string output) => new(true, output, false);

    public static CommandResult Changed(string output) => new(true, output, true);
}
