using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// Judges the status updates against what was expected of them. Updates are due while the impact lasts (from the
/// ground truth; with no impact, until the session's last second): once the impact starts, every
/// <see cref="StatusUpdateCadence.Every"/> after it or after the last update; and by each update's own promise of the
/// next, whichever comes first. An update after its due time is late; a due time with no update before the impact
/// ended is missing. Stakeholder messages that expected an answer and got none are unanswered.
/// </summary>
public static class CommunicationReview
{
    public static Communication Of(SessionState state, GroundTruth truth, StatusUpdateCadence? cadence)
    {
        long? start = truth.ImpactStartMinute * 60;
        long? end = start is null ? null : truth.Ongoing || truth.ImpactEndMinute is null ? state.Second : (truth.ImpactEndMinute + 1) * 60;
        var limit = end ?? state.Second;
        var every = cadence is null ? (long?)null : (long)cadence.Every.TotalSeconds;
        var findings = ImmutableArray.CreateBuilder<StatusUpdateFinding>();
        (long Second, string Why)? due = start is { } s && every is { } e
            ? (s + e, $"the scenario expects one every {e / 60} min once the impact starts ({Clock(s)})")
            : null;
        foreach (var update in state.StatusUpdates.OrderBy(u => u.Second).ThenBy(u => u.Number))
        {
            if (due is { } d && d.Second <= limit && update.Second > d.Second)
            {
                findings.Add(new StatusUpdateFinding(d.Second, update.Second,
                    $"Update #{update.Number} came at {Clock(update.Second)}, {Minutes(update.Second - d.Second)} late: one was due at {Clock(d.Second)} ({d.Why})."));
            }
            var promised = (Second: update.Second + (update.NextUpdateInMinutes * 60L), Why: $"update #{update.Number} promised the next in {update.NextUpdateInMinutes} min");
            due = start is { } impact && every is { } cadenceSeconds && Math.Max(update.Second, impact) + cadenceSeconds < promised.Second
                ? (Math.Max(update.Second, impact) + cadenceSeconds, $"the scenario expects one every {cadenceSeconds / 60} min")
                : promised;
        }
        if (due is { } missing && missing.Second <= limit)
        {
            findings.Add(new StatusUpdateFinding(missing.Second, null,
                $"No update came for the one due at {Clock(missing.Second)} ({missing.Why}); {(end is null ? "the session ended" : "the impact lasted")} until {Clock(limit)}."));
        }
        return new Communication(
            cadence is null ? null : (int)cadence.Every.TotalMinutes,
            start,
            end,
            [.. state.StatusUpdates],
            findings.ToImmutable(),
            [.. state.StakeholderMessages],
            [.. state.StakeholderMessages.Where(m => m.ExpectsAnswer && !m.Answered)]);
    }

    /// <summary>A simulated second as minutes and seconds since the cell started, such as 18:05.</summary>
    public static string Clock(long second) => $"{second / 60}:{second % 60:00}";

    private static string Minutes(long seconds) => seconds % 60 == 0 ? $"{seconds / 60} min" : $"{seconds / 60} min {seconds % 60} s";
}
