using System.Collections.Immutable;
using PracticePlatform.Simulation.Alarms;
using PracticePlatform.Simulation.Faults;

namespace PracticePlatform.Contracts.Cells;

/// <summary>
/// A cell at one second: its digest (null when not asked for), pace, faults, whether its resolution criteria hold, and the alarm events the
/// caller has not seen yet (<see cref="AlarmEventCount"/> is the total so far), and how many actions its log holds.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.CellStatus")]
public sealed record CellStatus(
    long Second,
    string? Digest,
    double Speed,
    bool IsRestored,
    ImmutableArray<FaultView> Faults,
    ImmutableArray<AlarmEvent> NewAlarmEvents,
    int AlarmEventCount,
    int ActionCount);
