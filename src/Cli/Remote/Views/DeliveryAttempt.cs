namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One try to deliver a notification to a webhook or email address, with its outcome.</summary>
public sealed record DeliveryAttempt(long NotificationSequence, string Channel, string Target, int Attempt, DateTimeOffset At, string Outcome, string? Detail);
