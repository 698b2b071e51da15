using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Contracts.Cells;

/// <summary>The cell's secrets for the debrief: the ground truth, whether it is restored and how far from each resolution criterion, and its faults.</summary>
[GenerateSerializer, Immutable, Alias("practice.CellTruth")]
public sealed record CellTruth([property: Id(0)] GroundTruth GroundTruth, [property: Id(1)] bool IsRestored, [property: Id(2)] ImmutableArray<FaultView> Faults, [property: Id(4)] ImmutableArray<CriterionCheck> ResolutionReport);
