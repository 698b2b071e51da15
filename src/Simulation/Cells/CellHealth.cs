using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Cells;

/// <summary>A snapshot of the cell at one simulated second, per service and per request type.</summary>
public sealed record CellHealth(long Second, ImmutableArray<ServiceHealth> Services, ImmutableArray<RequestTypeHealth> RequestTypes);
