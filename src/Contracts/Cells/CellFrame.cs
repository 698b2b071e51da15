using System.Collections.Immutable;
using PracticePlatform.Simulation.Alarms;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Cells;

/// <summary>
/// A cell as it was at one past second, rebuilt: services' health, every alarm rule's state (firing or not, since
/// when) and the charts' per-minute series as the live cell showed them then.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.CellFrame")]
public sealed record CellFrame(
    [property: Id(0)] long Second,
    [property: Id(1)] CellHealth Health,
    [property: Id(2)] ImmutableArray<AlarmState> Alarms,
    [property: Id(3)] ImmutableArray<RequestTypeSeries> RequestTypes);
