using PracticePlatform.Api.WebConsole;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>Session setup for its instigators: schedule, roster with the guidance warnings, calendar invitation, start.</summary>
public sealed class SetupModel(ConsoleAccess access) : SessionPageModel(access)
{
    protected override bool Admits(SessionSeat seat) => seat.Instigates;
}
