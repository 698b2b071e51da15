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

    /// <summary>A message from someone outside the response (scripted or posted by an instigator).</summary>
    Stakeholder,

    /// <summary>A responder's answer to a stakeholder message.</summary>
    StakeholderAnswer,

    /// <summary>A responder's status update (internal or for customers).</summary>
    StatusUpdate,

    /// <summary>Incident command taken or handed over.</summary>
    Commander,
}
