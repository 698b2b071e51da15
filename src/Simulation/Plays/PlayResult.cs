using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Simulation.Plays;

/// <summary>
/// How one play of a scenario went: whether it reached its outcome, and why not when it missed. <see cref="Restored"/>
/// and <see cref="Truth"/> are what the cell showed at the end of the run.
/// </summary>
public sealed record PlayResult(string ScenarioId, string Play, bool Passed, string Reason, bool Restored, GroundTruth Truth);
