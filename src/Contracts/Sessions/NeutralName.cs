namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// What a session is called where responders and observers may read it before their debrief (consoles,
/// notifications): the scenario's id and title can name the fault, so only "practice session" and the start of
/// the session's id.
/// </summary>
public static class NeutralName
{
    public static string Of(Guid sessionId) => $"practice session {sessionId.ToString()[..8]}";
}
