namespace PracticePlatform.Simulation.Cells;

/// <summary>A scripted stakeholder message (by its id in the scenario) arriving at a simulated second.</summary>
public sealed record StakeholderArrival(long Second, string Id);
