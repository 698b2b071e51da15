using System.Net;

namespace PracticePlatform.Cli.Remote;

/// <summary>
/// The server answered and said no: its status with the problem's title and detail, as one line such as
/// <c>409 Not allowed in the session's state: Cannot pause while the session is Draft.</c>
/// </summary>
public sealed class RequestRefusedException(HttpStatusCode status, string? title, string? detail)
    : Exception(Describe(status, title, detail))
{
    public HttpStatusCode Status { get; } = status;

    public string? Title { get; } = title;

    public string? Detail { get; } = detail;

    private static string Describe(HttpStatusCode status, string? title, string? detail)
    {
        var line = $"{(int)status} {title ?? status.ToString()}";
        if (!string.IsNullOrWhiteSpace(detail))
        {
            line += $": {OneLine(detail)}";
        }

        return status == HttpStatusCode.Unauthorized
            ? $"{line}; the server did not accept your token, which comes from {ServerConnection.TokenSources}"
            : line;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
