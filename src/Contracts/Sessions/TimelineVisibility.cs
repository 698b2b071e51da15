namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// Which timeline entries give the outage away: injects and reverts (the instigators' and the scenario's script),
/// hidden by kind from callers who do not see the answer until the debrief. Responders and observers get their own
/// numbering that counts only the entries they may see, so gaps in it say nothing (<see cref="TimelineCursor"/>).
/// </summary>
public static class TimelineVisibility
{
    /// <summary>Whether entries of <paramref name="kind"/> are hidden from those who do not see the answer.</summary>
    public static bool IsHidden(TimelineKind kind) => kind is TimelineKind.Inject or TimelineKind.Revert;
}
