namespace PracticePlatform.Grains.Notifications;

/// <summary>
/// One try to deliver one notification to one target. <see cref="Outcome"/> is <c>delivered</c>, <c>failed</c>,
/// <c>timeout</c> or <c>circuit-open</c>; <see cref="Detail"/> says why it failed.
/// </summary>
public sealed record DeliveryAttempt(
    long NotificationSequence,
    string Channel,
    string Target,
    int Attempt,
    DateTimeOffset At,
    string Outcome,
    string? Detail);
