namespace PracticePlatform.Contracts.Notifications;

/// <summary>
/// One alarm or session milestone to send out of a session: what happened (<see cref="Title"/>, <see cref="Text"/>),
/// when (wall time and the cell's simulated second), and where to (<see cref="Targets"/>). Every rendering of it is
/// marked as practice. <see cref="Calendar"/>, when set, is an iCalendar invitation (.ics) that email carries as an
/// attachment.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.Notification")]
public sealed record Notification(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] NotificationKind Kind,
    [property: Id(3)] string Title,
    [property: Id(4)] string Text,
    [property: Id(5)] DateTimeOffset OccurredAt,
    [property: Id(6)] long SimulatedSecond,
    [property: Id(7)] NotificationTargets Targets,
    [property: Id(8)] string? Calendar = null);
