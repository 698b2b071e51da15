namespace PracticePlatform.Contracts.Notifications;

/// <summary>
/// One try to deliver one notification to one target. <see cref="Outcome"/> is <c>delivered</c>, <c>failed</c>,
/// <c>timeout</c> or <c>circuit-open</c>; <see cref="Detail"/> says why it failed.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.DeliveryAttempt")]
public sealed record DeliveryAttempt(
    [property: Id(0)] long NotificationSequence,
    [property: Id(1)] string Channel,
    [property: Id(2)] string Target,
    [property: Id(3)] int Attempt,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string Outcome,
    [property: Id(6)] string? Detail);
