using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>What a session's outbound channels may be: up to 5 http(s) webhook URLs and 20 email addresses.</summary>
public static class NotificationRules
{
    public static void Check(NotificationTargets targets)
    {
        var webhooks = targets.Webhooks.IsDefault ? [] : targets.Webhooks;
        var emails = targets.Emails.IsDefault ? [] : targets.Emails;
        if (webhooks.Length > 5 || emails.Length > 20)
        {
            throw new SessionArgumentException("A session has at most 5 webhooks and 20 email addresses.");
        }
        foreach (var url in webhooks)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || url.Length > 500)
            {
                throw new SessionArgumentException($"Webhook '{url}' is not an absolute http(s) URL.");
            }
        }
        foreach (var email in emails)
        {
            var at = email.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0 || at == email.Length - 1 || email.Length > 200 || email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ','))
            {
                throw new SessionArgumentException($"'{email}' is not an email address.");
            }
        }
    }
}
