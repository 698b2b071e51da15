using System.Collections.Immutable;

namespace PracticePlatform.Grains.Notifications;

/// <summary>A session's outbound channels: Slack-compatible webhook URLs and email addresses.</summary>
public sealed record NotificationTargets(ImmutableArray<string> Webhooks, ImmutableArray<string> Emails)
{
    public static readonly NotificationTargets None = new([], []);

    public bool IsEmpty => Webhooks.IsDefaultOrEmpty && Emails.IsDefaultOrEmpty;
}
