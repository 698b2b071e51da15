namespace PracticePlatform.Simulation.Tools;

internal static class KubernetesCommands
{
    public static readonly CommandSpec[] All = [];
}
