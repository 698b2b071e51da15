using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

public sealed record TrafficSpec(ImmutableArray<RequestTypeSpec> RequestTypes);
