using System.Globalization;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Apis;

/// <summary>
/// A surprise start's window: the platform draws the start between <c>earliest</c> and <c>latest</c> (at most 30 days
/// apart), within <c>businessHours</c> when given.
/// </summary>
public sealed record StartWindowRequest(DateTimeOffset? Earliest = null, DateTimeOffset? Latest = null, BusinessHoursRequest? BusinessHours = null)
{
    /// <summary>The window as the session grain takes it; a missing edge or a badly written time of day is a 400 naming it.</summary>
    public StartWindow ToStartWindow()
    {
        if (Earliest is not { } earliest || Latest is not { } latest)
        {
            throw new SessionArgumentException("A start window needs both 'earliest' and 'latest'.");
        }
        return new StartWindow(earliest, latest, BusinessHours is { } hours
            ? new Contracts.Sessions.BusinessHours(
                TimeOfDay(hours.From, "from"),
                TimeOfDay(hours.To, "to"),
                string.IsNullOrWhiteSpace(hours.TimeZone) ? throw new SessionArgumentException("Business hours need a 'timeZone', such as Europe/Berlin.") : hours.TimeZone.Trim())
            : null);
    }

    private static TimeSpan TimeOfDay(string? text, string field) =>
        text == "24:00" ? TimeSpan.FromDays(1)
        : TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out var time) ? time
        : throw new SessionArgumentException($"Business hours' '{field}' must be a time of day written HH:mm (00:00-24:00); '{text}' is not.");
}
