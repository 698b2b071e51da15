namespace PracticePlatform.Grains.Sessions;

/// <summary>What a session is created from: a scenario, the cell's seed, and optionally when it is scheduled to start.</summary>
public sealed record NewSession(string ScenarioId, ulong Seed, DateTimeOffset? ScheduledStart);
