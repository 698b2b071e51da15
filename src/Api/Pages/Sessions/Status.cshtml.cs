using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>The session's practice status page, built from the responders' status updates: for every participant, marked PRACTICE.</summary>
public sealed class StatusModel(ConsoleAccess access, IGrainFactory grains) : SessionPageModel(access)
{
    public StatusPage Current { get; private set; } = null!;

    protected override bool Admits(SessionSeat seat) => seat.MayWatch;

    public override async Task<IActionResult> OnGetAsync()
    {
        var result = await base.OnGetAsync();
        if (result is PageResult)
        {
            Current = await grains.GetGrain<ISessionGrain>(Id).StatusPageAsync(Seat.Caller);
        }
        return result;
    }
}
