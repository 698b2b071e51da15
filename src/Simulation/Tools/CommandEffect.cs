namespace PracticePlatform.Simulation.Tools;

/// <summary>What a responder's command does to the cell: looks at it, or changes it.</summary>
public enum CommandEffect
{
    /// <summary>Shows the cell as it is (status, logs, metrics); runs on a frozen cell without changing it.</summary>
    Read,

    /// <summary>Changes the cell (restarts, failovers, configuration); waits while the practice is paused.</summary>
    Remediation,
}
