namespace PracticePlatform.Cli.Input;

/// <summary>
/// An action item as typed: <c>owner: text</c>, with <c>[x] </c> in front when it is done (and optionally a Markdown
/// list's <c>- </c> and <c>[ ] </c>), the owner a participant's name or person id.
/// </summary>
public static class ActionItemText
{
    public static object Parse(string line)
    {
        var rest = line.Trim();
        if (rest.StartsWith("- ", StringComparison.Ordinal))
        {
            rest = rest[2..].TrimStart();
        }
        var done = false;
        if (rest.StartsWith("[x]", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("[ ]", StringComparison.Ordinal))
        {
            done = rest[1] is 'x' or 'X';
            rest = rest[3..].TrimStart();
        }
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || rest[(colon + 1)..].Trim().Length == 0)
        {
            throw new UsageException($"An action item is written 'owner: text' (with '[x] ' in front when done); '{line.Trim()}' is not.");
        }
        return new { text = rest[(colon + 1)..].Trim(), owner = rest[..colon].Trim(), done };
    }
}
