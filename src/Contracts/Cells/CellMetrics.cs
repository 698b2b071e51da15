using System.Collections.Immutable;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Cells;

/// <summary>What a responder's dashboards show: health this second and, per request type, the completed minutes' series.</summary>
[GenerateSerializer, Immutable, Alias("practice.CellMetrics")]
public sealed record CellMetrics([property: Id(0)] CellHealth Health, [property: Id(1)] ImmutableArray<RequestTypeSeries> RequestTypes);
