using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Grains.Cohorts;

/// <summary>One recurring practice schedule as persisted: what it was created with, and every occurrence reached so far.</summary>
public sealed class PracticeScheduleState
{
    public Guid Id { get; set; }

    public Recurrence Recurrence { get; set; } = new(RecurrenceFrequency.Weekly, 1, DayOfWeek.Monday, TimeSpan.Zero, "UTC");

    public List<string> ScenarioPool { get; set; } = [];

    public List<Guid> Instigators { get; set; } = [];

    public int DurationMinutes { get; set; }

    public int CreateAheadDays { get; set; }

    public ScheduleRoster Roster { get; set; } = new(6, true);

    public NotificationTargets Notifications { get; set; } = NotificationTargets.None;

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>The local date of occurrence 0; occurrence n is n intervals later.</summary>
    public DateOnly FirstDate { get; set; }

    /// <summary>Occurrences 0, 1, 2, ... in order: the next to reach is number <c>Occurrences.Count</c>.</summary>
    public List<ScheduledOccurrence> Occurrences { get; set; } = [];
}
