namespace PracticePlatform.Simulation.Scenarios;

/// <summary>How often responders are expected to post a status update once the impact starts.</summary>
public sealed record StatusUpdateCadence(TimeSpan Every);
