using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Cohorts;

/// <summary>
/// A recurrence's occurrences. Occurrence 0 is on the first matching local date whose start is after the schedule's
/// creation; occurrence n is n intervals (of 1 or 7 days) of local dates later, at the same local time, turned into
/// UTC with that date's offset: a daylight-saving change keeps the local time and moves the UTC instant. A local
/// time the clocks skip (spring forward: 02:30 in Europe/Berlin on the last Sunday of March) moves on to when they
/// resume (03:00); a local time they pass twice (fall back) is taken as standard time, the second pass.
/// </summary>
public static class RecurrenceRule
{
    /// <summary>Refuses a recurrence a schedule cannot follow, naming the field.</summary>
    public static void Check(Recurrence recurrence)
    {
        if (!Enum.IsDefined(recurrence.Frequency))
        {
            throw new SessionArgumentException("recurrence.frequency must be 'daily' or 'weekly'.");
        }
        if (recurrence.Interval is < 1 or > 52)
        {
            throw new SessionArgumentException($"recurrence.interval must be a whole number from 1 to 52 (every 1 to 52 {Unit(recurrence)}); {recurrence.Interval} is not.");
        }
        if (recurrence.Frequency == RecurrenceFrequency.Weekly && recurrence.Day is null)
        {
            throw new SessionArgumentException("recurrence.day is required for a weekly recurrence: a weekday such as 'Tuesday'.");
        }
        if (recurrence.Frequency == RecurrenceFrequency.Daily && recurrence.Day is not null)
        {
            throw new SessionArgumentException("recurrence.day is for weekly recurrences; a daily one recurs every day.");
        }
        if (recurrence.Time < TimeSpan.Zero || recurrence.Time >= TimeSpan.FromDays(1))
        {
            throw new SessionArgumentException($"recurrence.time must be a time of day from 00:00 to 23:59; {recurrence.Time} is not.");
        }
        Zone(recurrence.TimeZone);
    }

    /// <summary>The local date of occurrence 0 of a schedule created at <paramref name="createdAt"/>.</summary>
    public static DateOnly FirstDate(Recurrence recurrence, DateTimeOffset createdAt)
    {
        var zone = Zone(recurrence.TimeZone);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(createdAt, zone).DateTime);
        while ((recurrence.Day is { } weekday && day.DayOfWeek != weekday) || Utc(day, recurrence.Time, zone) <= createdAt)
        {
            day = day.AddDays(1);
        }
        return day;
    }

    /// <summary>When occurrence <paramref name="number"/> starts, in UTC.</summary>
    public static DateTimeOffset Start(Recurrence recurrence, DateOnly firstDate, int number) =>
        Utc(firstDate.AddDays(number * recurrence.Interval * (recurrence.Frequency == RecurrenceFrequency.Weekly ? 7 : 1)), recurrence.Time, Zone(recurrence.TimeZone));

    /// <summary>A local time of day on <paramref name="day"/> in UTC (see the class's summary for skipped and repeated times).</summary>
    private static DateTimeOffset Utc(DateOnly day, TimeSpan time, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).Add(time), DateTimeKind.Unspecified);
        for (var skipped = 0; zone.IsInvalidTime(local) && skipped < 24 * 60; skipped++)
        {
            local = local.AddMinutes(1);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private static string Unit(Recurrence recurrence) => recurrence.Frequency == RecurrenceFrequency.Weekly ? "weeks" : "days";

    private static TimeZoneInfo Zone(string id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new SessionArgumentException($"recurrence.timeZone: '{id}' is not a time zone this platform knows (use an IANA id such as Europe/Berlin).");
}
