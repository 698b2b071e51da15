using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>
/// The debrief: the timeline in simulated and wall time, the assessment beside the ground truth with the impact
/// chart, the severity curves per request type and the differences in words, times to
/// detect/acknowledge/mitigate/resolve, hints used, lessons learned, the Markdown export.
/// </summary>
public sealed class DebriefModel(ConsoleAccess access, IGrainFactory grains) : SessionPageModel(access)
{
    public Debrief? Debrief { get; private set; }

    public string Chart { get; private set; } = "";

    /// <summary>The severity curves per request type with the assessment on them.</summary>
    public string Curves { get; private set; } = "";

    public ImmutableArray<TimelineEntry> Timeline { get; private set; } = [];

    protected override bool Admits(SessionSeat seat) => seat.MayWatch;

    public override async Task<IActionResult> OnGetAsync()
    {
        var result = await base.OnGetAsync();
        if (result is not PageResult)
        {
            return result;
        }
        var session = grains.GetGrain<ISessionGrain>(Id);
        if (Seat.Session.Status is SessionStatus.Debriefed or SessionStatus.Closed)
        {
            Debrief = await session.GetDebriefAsync(Seat.Caller);
            Chart = ImpactChart.Render(Debrief);
            Curves = TruthCurveChart.Render(Debrief);
        }
        // The session leaves out (and numbers around) what would give the outage away, until the debrief.
        Timeline = (await session.ReadTimelineAsync(Seat.Caller, TimelineCursor.Start)).Entries;
        return result;
    }

    public static string Duration(long? seconds) => seconds is { } s ? $"{s / 60} min {s % 60} s" : "did not happen";

    public static string Clock(long second) => TimeSpan.FromSeconds(second).ToString(second >= 3600 ? @"h\:mm\:ss" : @"mm\:ss", CultureInfo.InvariantCulture);
}
