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

    /// <summary>People paged like a real alarm: a surprise start, or a Code Blue.</summary>
    Page,
}
