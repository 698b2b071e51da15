namespace PracticePlatform.Simulation.Tools;

internal static class MantaCommands
{
    public static readonly CommandSpec[] All = [];
}
