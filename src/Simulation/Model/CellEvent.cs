namespace PracticePlatform.Simulation.Model;

/// <summary>A discrete thing that happened to an instance (crash, restart, failover); feeds its logs.</summary>
internal sealed record CellEvent(long Second, int Instance, string Level, string Message);
