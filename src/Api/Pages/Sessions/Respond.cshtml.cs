using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>The responder console: alarms, a terminal, metric charts, the channel, restoration and the assessment.</summary>
public sealed class RespondModel(ConsoleAccess access) : SessionPageModel(access)
{
    protected override bool Admits(SessionSeat seat) => seat.Role == ParticipantRole.Responder;
}
