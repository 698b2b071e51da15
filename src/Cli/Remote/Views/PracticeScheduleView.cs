using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A cohort's recurring practice schedule as the API answers it (the parts the CLI shows).</summary>
public sealed record PracticeScheduleView(
    Guid Id,
    Guid CohortId,
    RecurrenceView Recurrence,
    ImmutableArray<string> ScenarioPool,
    ImmutableArray<Guid> Instigators,
    int DurationMinutes,
    int CreateAheadDays,
    DateTimeOffset? StoppedAt,
    DateTimeOffset? NextStart,
    ImmutableArray<ScheduledOccurrence> Occurrences);
