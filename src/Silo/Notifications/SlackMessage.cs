using System.Text;
using System.Text.Json.Nodes;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// A notification as a Slack-compatible incoming-webhook body: <c>text</c> (the fallback shown in notifications,
/// starting with the practice marker) and <c>blocks</c> in mrkdwn.
/// </summary>
public static class SlackMessage
{
    /// <summary>Opens every message's text.</summary>
    public const string Prefix = ":rotating_light: " + PracticeWording.Marker;

    // Slack refuses a section whose text is longer than 3,000 characters.
    private const int MaxSectionText = 2_900;

    /// <summary>The JSON body to POST.</summary>
    public static string Render(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var headline = ":rotating_light: " + Escape(PracticeWording.Headline(notification));
        var body = Escape(Truncate(notification.Text.Trim()));
        var summary = Escape(PracticeWording.SingleLine(Truncate(notification.Text)));
        var message = new JsonObject
        {
            ["text"] = summary.Length == 0 ? headline : $"{headline}: {summary}",
            ["blocks"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "section",
                    ["text"] = Mrkdwn(body.Length == 0 ? $"*{headline}*" : $"*{headline}*\n{body}"),
                },
                new JsonObject
                {
                    ["type"] = "context",
                    ["elements"] = new JsonArray(Mrkdwn($"{Escape(PracticeWording.Origin(notification))}. _{PracticeWording.Disclaimer}_")),
                }),
        };
        return message.ToJsonString();
    }

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    /// <summary>Slack reads <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as control characters (links, mentions): escape them.</summary>
    private static string Escape(string text) => new StringBuilder(text)
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").ToString();

    private static string Truncate(string text) => text.Length <= MaxSectionText ? text : string.Concat(text.AsSpan(0, MaxSectionText), "…");
}
