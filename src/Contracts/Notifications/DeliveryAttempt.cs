namespace PracticePlatform.Contracts.Notifications;

/// <summary>
/// One try to deliver one notification to one target. <see cref="Outcome"/> is <c>delivered</c>, <c>failed</c>,
/// <c>timeout</c> or <c>circuit-open</c>; <see cref="Detail"/> says why it failed.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.DeliveryAttempt")]
public sealed record DeliveryAttempt(
    long NotificationSequence,
    string Channel,
    string Target,
    int Attempt,
    DateTimeOffset At,
    string Outcome,
    string? Detail);
