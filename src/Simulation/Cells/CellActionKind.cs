namespace PracticePlatform.Simulation.Cells;

public enum CellActionKind
{
    /// <summary>A command a responder (or instigator) typed.</summary>
    Command,
    /// <summary>Instigator: start an inject of the scenario.</summary>
    Inject,
    /// <summary>Instigator: revert a fault.</summary>
    Revert,
    /// <summary>Instigator: the kill switch.</summary>
    ClearAllFaults,
}
