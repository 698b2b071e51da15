namespace PracticePlatform.Simulation.Scenarios;

public sealed record DatacenterSpec(string Id, string Region);
