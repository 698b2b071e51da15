namespace PracticePlatform.Cli.Input;

/// <summary>
/// One `--action '&lt;time&gt; &lt;command&gt;'`: at a simulated time, an instigator action (`inject &lt;id&gt;`,
/// `revert &lt;id&gt;`, `clear-all`) or a responder command.
/// </summary>
public sealed record ScheduledAction(TimeSpan At, string Command)
{
    public static ScheduledAction Parse(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || trimmed[(space + 1)..].Trim().Length == 0)
        {
            throw new UsageException($"malformed action '{text}': expected '<time> <command>', such as '10m svcadm clear webapi'");
        }

        if (!SimTime.TryParse(trimmed[..space], out var at))
        {
            throw new UsageException($"malformed action '{text}': '{trimmed[..space]}' is not a time (use 10m or 00:10:00)");
        }

        return new ScheduledAction(at, trimmed[(space + 1)..].Trim());
    }
}
