using PracticePlatform.Cli.Input;

namespace PracticePlatform.Cli.Remote;

/// <summary>
/// Where the platform is and who is calling: the server's base address and the caller's bearer token. The token
/// comes from a file or the environment, never from the command line, where it would land in shell history and
/// in every process listing.
/// </summary>
public sealed record ServerConnection(Uri Server, string Token)
{
    public const string ServerVariable = "PRACTICE_SERVER";
    public const string TokenVariable = "PRACTICE_TOKEN";
    public const string DefaultServer = "http://localhost:5080";

    /// <summary>
    /// Where the token comes from, said in these words wherever the CLI or the docs say it: the option names a file,
    /// the variable holds the token itself.
    /// </summary>
    public const string TokenSources = "--token-file <path> (a file that holds the token) or " + TokenVariable + " (the token itself)";

    /// <summary>
    /// <paramref name="server"/> (<c>--server</c>) before <c>PRACTICE_SERVER</c> before the default;
    /// <paramref name="tokenFile"/> (<c>--token-file</c>) before <c>PRACTICE_TOKEN</c>: what is typed beats what is ambient.
    /// </summary>
    public static ServerConnection Resolve(string? server, string? tokenFile, Func<string, string?> environment)
    {
        var address = NonEmpty(server) ?? NonEmpty(environment(ServerVariable)) ?? DefaultServer;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"bad server address '{address}': expected an http(s) URL such as {DefaultServer}");
        }

        // A base address without a trailing slash would drop its last segment from every relative request path.
        var withSlash = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        return new ServerConnection(withSlash, ReadToken(tokenFile, environment));
    }

    private static string ReadToken(string? tokenFile, Func<string, string?> environment)
    {
        if (NonEmpty(tokenFile) is { } path)
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"token file '{path}' does not exist");
            }

            return NonEmpty(File.ReadAllText(path).Trim())
                ?? throw new UsageException($"token file '{path}' is empty");
        }

        var token = NonEmpty(environment(TokenVariable)?.Trim())
            ?? throw new UsageException($"no token: your token comes from {TokenSources}; neither is set");
        // A path here is the one mistake the variable invites; a token never names a file.
        return File.Exists(token)
            ? throw new UsageException($"{TokenVariable} names the file '{token}', but it holds the token itself: pass --token-file '{token}' instead")
            : token;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
