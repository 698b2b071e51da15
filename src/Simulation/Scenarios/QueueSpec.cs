namespace PracticePlatform.Simulation.Scenarios;

/// <summary>A queue service: requests end when enqueued; consumers drain it at their capacity.</summary>
public sealed record QueueSpec(string Id, string Service, long MaxDepth);
