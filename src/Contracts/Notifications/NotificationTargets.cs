using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Notifications;

/// <summary>A session's outbound channels: Slack-compatible webhook URLs and email addresses.</summary>
[GenerateSerializer, Immutable, Alias("practice.NotificationTargets")]
public sealed record NotificationTargets([property: Id(0)] ImmutableArray<string> Webhooks, [property: Id(1)] ImmutableArray<string> Emails)
{
    public static readonly NotificationTargets None = new([], []);

    public bool IsEmpty => Webhooks.IsDefaultOrEmpty && Emails.IsDefaultOrEmpty;
}
