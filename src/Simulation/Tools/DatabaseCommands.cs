namespace PracticePlatform.Simulation.Tools;

internal static class DatabaseCommands
{
    public static readonly CommandSpec[] All = [];
}
