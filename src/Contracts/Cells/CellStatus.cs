using System.Collections.Immutable;
using PracticePlatform.Simulation.Alarms;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;

namespace PracticePlatform.Contracts.Cells;

/// <summary>
/// A cell at one second: its digest (null when not asked for), pace, faults, whether its resolution criteria hold, and the alarm events the
/// caller has not seen yet (<see cref="AlarmEventCount"/> is the total so far), how many actions its log holds, and
/// every scripted stakeholder message that arrived so far (a handful per scenario at most).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.CellStatus")]
public sealed record CellStatus(
    [property: Id(0)] long Second,
    [property: Id(1)] string? Digest,
    [property: Id(2)] double Speed,
    [property: Id(3)] bool IsRestored,
    [property: Id(4)] ImmutableArray<FaultView> Faults,
    [property: Id(5)] ImmutableArray<AlarmEvent> NewAlarmEvents,
    [property: Id(6)] int AlarmEventCount,
    [property: Id(7)] int ActionCount,
    [property: Id(8)] ImmutableArray<StakeholderArrival> StakeholderArrivals = default);
