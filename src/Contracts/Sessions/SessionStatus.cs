namespace PracticePlatform.Contracts.Sessions;

/// <summary>Where a session is in its life: Draft -> Scheduled -> Running (&lt;-> Paused) -> Resolved -> Assessing -> Debriefed -> Closed; Aborted from any live state.</summary>
[GenerateSerializer, Alias("practice.SessionStatus")]
public enum SessionStatus
{
    Draft,
    Scheduled,
    Running,
    Paused,
    Resolved,
    Assessing,
    Debriefed,
    Closed,
    Aborted,
}
