namespace PracticePlatform.Contracts.Notifications;

/// <summary>
/// One alarm or session milestone to send out of a session: what happened (<see cref="Title"/>, <see cref="Text"/>),
/// when (wall time and the cell's simulated second), and where to (<see cref="Targets"/>). Every rendering of it is
/// marked as practice.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.Notification")]
public sealed record Notification(
    Guid SessionId,
    long Sequence,
    NotificationKind Kind,
    string Title,
    string Text,
    DateTimeOffset OccurredAt,
    long SimulatedSecond,
    NotificationTargets Targets);
