namespace PracticePlatform.Grains.Sessions;

/// <summary>Where a session is in its life: Draft -> Scheduled -> Running (&lt;-> Paused) -> Resolved -> Assessing -> Debriefed -> Closed; Aborted from any live state.</summary>
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
