namespace PracticePlatform.Simulation.Cells;

/// <summary>The service-manager state of an instance's process.</summary>
public enum ProcessState : byte
{
    Online,
    Offline,
    Maintenance,
    Restarting,
    Disabled,
}
