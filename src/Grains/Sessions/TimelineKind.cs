namespace PracticePlatform.Grains.Sessions;

/// <summary>What a timeline entry records.</summary>
public enum TimelineKind
{
    Session,
    Roster,
    Inject,
    Revert,
    KillSwitch,
    Command,
    Alarm,
    Message,
    HelpRequest,
    Pointer,
    Hint,
    Restored,
    Assessment,
    Debrief,
    Acknowledged,
    Lesson,
}
