using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>The responder console: alarms, a terminal, metric charts, the channel, restoration and the assessment.</summary>
public sealed class RespondModel(ConsoleAccess access, TimeProvider time) : SessionPageModel(access)
{
    /// <summary>The platform's time as the page is rendered: the countdown to the start runs on it, not on the reader's clock.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    protected override bool Admits(SessionSeat seat) => seat.Role == ParticipantRole.Responder;
}
