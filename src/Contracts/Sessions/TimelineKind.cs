namespace PracticePlatform.Contracts.Sessions;

/// <summary>What a timeline entry records.</summary>
[GenerateSerializer, Alias("practice.TimelineKind")]
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
