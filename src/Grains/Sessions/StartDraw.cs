using System.Buffers.Binary;
using System.Security.Cryptography;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// Surprise starts: which windows are accepted, and the start drawn inside one. The draw is a pure function of the
/// session's seed, its id and the window (a hash, no random generator), so the same session always draws the same
/// time and nothing but its own state is needed to draw it again; the id keeps sessions of one seed (every group
/// gets seed 1 by default) from all starting at the same moment. With business hours the draw falls only into the
/// weekday hours of the window, in local time of the zone: <see cref="BusinessPeriods"/> turns each day's hours into
/// UTC with that day's offset, so daylight-saving changes keep the local hours.
/// </summary>
public static class StartDraw
{
    /// <summary>The longest window: beyond it a "surprise" is no practice date anyone keeps free.</summary>
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(30);

    /// <summary>Refuses a window that is empty, reversed, begins in the past, is longer than <see cref="LongestWindow"/>, or holds no business hours.</summary>
    public static void Check(StartWindow window, DateTimeOffset now)
    {
        if (window.Latest <= window.Earliest)
        {
            throw new SessionArgumentException($"The start window's latest ({window.Latest:O}) must be after its earliest ({window.Earliest:O}).");
        }
        if (window.Earliest <= now)
        {
            throw new SessionArgumentException($"The start window's earliest ({window.Earliest:O}) is not in the future.");
        }
        if (window.Latest - window.Earliest > LongestWindow)
        {
            throw new SessionArgumentException($"The start window spans {(window.Latest - window.Earliest).TotalDays:0.#} days; it may span at most {LongestWindow.TotalDays:0} days.");
        }
        if (window.BusinessHours is { } hours)
        {
            if (hours.From < TimeSpan.Zero || hours.To > TimeSpan.FromDays(1) || hours.To <= hours.From)
            {
                throw new SessionArgumentException($"Business hours run from a time of day to a later one (at most 24:00); {hours.From:hh\\:mm} to {hours.To:hh\\:mm} does not.");
            }
            Zone(hours.TimeZone);
            if (BusinessPeriods(window).Count == 0)
            {
                throw new SessionArgumentException($"The start window holds no business hours (Monday to Friday, {hours.From:hh\\:mm}-{hours.To:hh\\:mm} {hours.TimeZone}).");
            }
        }
    }

    /// <summary>The start, to the whole second: in [earliest, latest], or inside the window's business hours.</summary>
    public static DateTimeOffset Draw(ulong seed, Guid sessionId, StartWindow window)
    {
        var hash = Hash(seed, sessionId);
        if (window.BusinessHours is null)
        {
            var seconds = (ulong)Math.Floor((window.Latest - window.Earliest).TotalSeconds);
            return window.Earliest.ToUniversalTime().AddSeconds(hash % (seconds + 1));
        }
        var periods = BusinessPeriods(window);
        var total = periods.Aggregate(0UL, (sum, p) => sum + Seconds(p));
        var offset = hash % total;
        foreach (var period in periods)
        {
            if (offset < Seconds(period))
            {
                return period.Start.AddSeconds(offset);
            }
            offset -= Seconds(period);
        }
        throw new InvalidOperationException("The offset lies within the periods' total.");
    }

    /// <summary>The window's weekday business hours as UTC periods, in order, clipped to the window.</summary>
    public static IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> BusinessPeriods(StartWindow window)
    {
        var hours = window.BusinessHours ?? throw new ArgumentException("The window has no business hours.", nameof(window));
        var zone = Zone(hours.TimeZone);
        var earliest = window.Earliest.ToUniversalTime();
        var latest = window.Latest.ToUniversalTime();
        var periods = new List<(DateTimeOffset, DateTimeOffset)>();
        for (var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(earliest, zone).DateTime).AddDays(-1);
             day <= DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(latest, zone).DateTime);
             day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }
            var start = Utc(day, hours.From, zone);
            var end = Utc(day, hours.To, zone);
            start = start < earliest ? earliest : start;
            end = end > latest ? latest : end;
            if (end - start >= TimeSpan.FromSeconds(1))
            {
                periods.Add((start, end));
            }
        }
        return periods;
    }

    private static ulong Seconds((DateTimeOffset Start, DateTimeOffset End) period) => (ulong)Math.Floor((period.End - period.Start).TotalSeconds);

    /// <summary>A local time of day on <paramref name="day"/> in UTC; a time the clocks skip (spring forward) moves on to when they resume.</summary>
    private static DateTimeOffset Utc(DateOnly day, TimeSpan time, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).Add(time), DateTimeKind.Unspecified);
        for (var skipped = 0; zone.IsInvalidTime(local) && skipped < 24 * 60; skipped++)
        {
            local = local.AddMinutes(1);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new SessionArgumentException($"'{id}' is not a time zone this platform knows (use an IANA id such as Europe/Berlin).");

    private static ulong Hash(ulong seed, Guid sessionId)
    {
        Span<byte> input = stackalloc byte[8 + 16];
        BinaryPrimitives.WriteUInt64LittleEndian(input, seed);
        sessionId.TryWriteBytes(input[8..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }
}
