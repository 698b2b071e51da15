using System.Collections.Immutable;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// A session as it was at one simulated second: the services' health and the per-request-type series (as
/// <c>GET /metrics</c> answered then), every alarm rule with who had acknowledged its firing by then (as
/// <c>GET /alarms</c>), and the timeline entries up to and including that second.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.SessionReplay")]
public sealed record SessionReplay(
    [property: Id(0)] long Second,
    [property: Id(1)] CellHealth Health,
    [property: Id(2)] ImmutableArray<AlarmView> Alarms,
    [property: Id(3)] ImmutableArray<RequestTypeSeries> RequestTypes,
    [property: Id(4)] ImmutableArray<TimelineEntry> Timeline);
