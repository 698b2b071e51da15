namespace PracticePlatform.Contracts.Notifications;

/// <summary>What a notification reports.</summary>
[GenerateSerializer, Alias("practice.NotificationKind")]
public enum NotificationKind
{
    /// <summary>An alarm fired or cleared in the cell.</summary>
    Alarm,

    /// <summary>A session milestone: started, paused, restored, debriefed, aborted...</summary>
    Milestone,
}
