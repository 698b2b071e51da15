namespace PracticePlatform.Contracts.Participants;

/// <summary>
/// A person's part in one session, keyed by <see cref="ParticipantKey.Of"/>: their role and what they did there
/// (the command history behind a responder's terminal, the alarms they acknowledged). Only the session calls it.
/// </summary>
[Alias("practice.IParticipantGrain")]
public interface IParticipantGrain : IGrainWithStringKey
{
    /// <summary>Records the role the person joined with.</summary>
    Task JoinAsync(Guid sessionId, Guid personId, string name, Sessions.ParticipantRole role);

    /// <summary>Appends a command the participant ran and its output.</summary>
    Task RecordCommandAsync(CommandRecord command);

    /// <summary>Records an alarm the participant acknowledged.</summary>
    Task RecordAcknowledgementAsync(string alarmId, long second);

    /// <summary>The participant's record.</summary>
    Task<ParticipantRecord> GetAsync();
}
