namespace PracticePlatform.Simulation.Cells;

/// <summary>One entry of a cell's action log: replaying the log on the same scenario and seed rebuilds the cell.</summary>
public sealed record CellAction(long Second, CellActionKind Kind, string Argument, string Actor);
