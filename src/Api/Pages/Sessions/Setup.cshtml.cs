using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.Cohorts;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>
/// Session setup for its instigators: schedule, roster picked from registered people (the session's cohort first)
/// with the guidance warnings, calendar invitation, start.
/// </summary>
public sealed class SetupModel(ConsoleAccess access, IGrainFactory grains) : SessionPageModel(access)
{
    /// <summary>The session's cohort, when it was set up for one.</summary>
    public CohortView? Cohort { get; private set; }

    protected override bool Admits(SessionSeat seat) => seat.Instigates;

    public override async Task<IActionResult> OnGetAsync()
    {
        var result = await base.OnGetAsync();
        if (result is PageResult && Seat.Session.CohortId is { } cohort)
        {
            Cohort = await grains.GetGrain<ICohortGrain>(cohort).GetAsync();
        }
        return result;
    }
}
