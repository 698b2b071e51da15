using PracticePlatform.Api.WebConsole;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>The instigator console: health, faults, pace, channel with pointers and hints, responders' activity, the solution.</summary>
public sealed class InstigateModel(ConsoleAccess access) : SessionPageModel(access)
{
    protected override bool Admits(SessionSeat seat) => seat.Instigates;
}
