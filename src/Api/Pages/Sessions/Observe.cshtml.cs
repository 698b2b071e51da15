using PracticePlatform.Api.WebConsole;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>The observer view: the timeline and the cell's health, read-only. Open to everyone on the roster.</summary>
public sealed class ObserveModel(ConsoleAccess access) : SessionPageModel(access)
{
    protected override bool Admits(SessionSeat seat) => seat.MayWatch;
}
