using System.Collections.Immutable;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Contracts.Cells;

/// <summary>The cell's secrets for the debrief: the ground truth, whether it is restored, and its faults.</summary>
[GenerateSerializer, Immutable, Alias("practice.CellTruth")]
public sealed record CellTruth(GroundTruth GroundTruth, bool IsRestored, ImmutableArray<FaultView> Faults, ImmutableArray<string> ResolutionReport);
