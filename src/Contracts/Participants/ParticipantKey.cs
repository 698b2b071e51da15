namespace PracticePlatform.Contracts.Participants;

/// <summary>The key of a participant grain: the session's and the person's ids.</summary>
public static class ParticipantKey
{
    public static string Of(Guid sessionId, Guid personId) => $"{sessionId:N}/{personId:N}";
}
