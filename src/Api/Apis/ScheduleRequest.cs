using System.Globalization;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Apis;

/// <summary>
/// A recurring practice schedule for a cohort: <c>recurrence</c> (required), <c>scenarioPool</c> (required),
/// <c>instigators</c> (default: the person creating it), <c>durationMinutes</c> (60), <c>createAheadDays</c> (14),
/// <c>roster</c> and <c>notifications</c>.
/// </summary>
public sealed record ScheduleRequest(
    RecurrenceRequest? Recurrence = null,
    IReadOnlyList<string>? ScenarioPool = null,
    IReadOnlyList<Guid>? Instigators = null,
    int? DurationMinutes = null,
    int? CreateAheadDays = null,
    ScheduleRosterRequest? Roster = null,
    NotificationsRequest? Notifications = null)
{
    /// <summary>The schedule as the cohort's schedules grain takes it; a missing or badly written field is a 400 naming it.</summary>
    public NewPracticeSchedule ToSchedule() => new(
        (Recurrence ?? throw new SessionArgumentException("recurrence is required: { \"frequency\": \"weekly\", \"day\": \"Tuesday\", \"time\": \"14:00\", \"timeZone\": \"Europe/Berlin\" }.")).ToRecurrence(),
        [.. ScenarioPool ?? []],
        [.. Instigators ?? []],
        DurationMinutes ?? 60,
        CreateAheadDays ?? 14,
        new ScheduleRoster(Roster?.MaxResponders ?? 6, Roster?.PlayedObserve ?? true),
        new NotificationTargets([.. Notifications?.Webhooks ?? []], [.. Notifications?.Emails ?? []]));
}

/// <summary>
/// When a schedule recurs: <c>frequency</c> <c>daily</c> or <c>weekly</c>, every <c>interval</c> (default 1) days or
/// weeks, on <c>day</c> (weekly only: Monday to Sunday), at <c>time</c> (HH:mm) local time in <c>timeZone</c> (IANA id).
/// </summary>
public sealed record RecurrenceRequest(string? Frequency = null, int? Interval = null, string? Day = null, string? Time = null, string? TimeZone = null)
{
    public Recurrence ToRecurrence() => new(
        Frequency?.Trim().ToLowerInvariant() switch
        {
            "weekly" => RecurrenceFrequency.Weekly,
            "daily" => RecurrenceFrequency.Daily,
            _ => throw new SessionArgumentException($"recurrence.frequency must be 'daily' or 'weekly'; '{Frequency}' is not."),
        },
        Interval ?? 1,
        Day is null ? null
            : Enum.TryParse<DayOfWeek>(Day.Trim(), ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(Day, out _) ? day
            : throw new SessionArgumentException($"recurrence.day must be a weekday written out, Monday to Sunday; '{Day}' is not."),
        TimeSpan.TryParseExact(Time, @"hh\:mm", CultureInfo.InvariantCulture, out var time) && time < TimeSpan.FromDays(1) ? time
            : throw new SessionArgumentException($"recurrence.time must be a time of day written HH:mm, 00:00 to 23:59; '{Time}' is not."),
        string.IsNullOrWhiteSpace(TimeZone) ? throw new SessionArgumentException("recurrence.timeZone is required: an IANA id such as Europe/Berlin.") : TimeZone.Trim());
}

/// <summary>
/// How a schedule fills rosters from the cohort: at most <c>maxResponders</c> (1-6, default 6) members who have not
/// played the scenario respond; members who played it observe when <c>playedObserve</c> (default true), or are left out.
/// </summary>
public sealed record ScheduleRosterRequest(int? MaxResponders = null, bool? PlayedObserve = null);
