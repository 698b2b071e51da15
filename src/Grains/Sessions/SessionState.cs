using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// A session's persisted state. The cell itself is not stored: it is rebuilt from the scenario, the seed and the
/// ordered action log up to <see cref="Second"/>, which is why every acknowledged action is written before it is answered.
/// </summary>
public sealed class SessionState
{
    public SessionStatus Status { get; set; }

    public string ScenarioId { get; set; } = "";

    public ulong Seed { get; set; }

    public DateTimeOffset? ScheduledStart { get; set; }

    public List<Participant> Participants { get; set; } = [];

    /// <summary>Every command and instigator action against the cell, in order.</summary>
    public List<CellAction> Actions { get; set; } = [];

    /// <summary>The cell's simulated second when this state was written.</summary>
    public long Second { get; set; }

    /// <summary>The cell's digest when this state was written, to check the replay.</summary>
    public string? Digest { get; set; }

    /// <summary>How many of the cell's alarm events are already on the timeline.</summary>
    public int AlarmEventsRecorded { get; set; }

    public long? FirstAlarmSecond { get; set; }

    public long? FirstResponseSecond { get; set; }

    public long? FirstRemediationSecond { get; set; }

    public long? RestoredDetectedSecond { get; set; }

    public long? DeclaredRestoredSecond { get; set; }

    public List<TimelineEntry> Timeline { get; set; } = [];

    public ImpactAssessment? Assessment { get; set; }

    public Debrief? Debrief { get; set; }
}
