namespace PracticePlatform.Cli.Remote;

/// <summary>The server answered with something that is not the PracticePlatform API's JSON (a proxy's page, another API version).</summary>
public sealed class UnexpectedReplyException(string what) : Exception($"the server's reply was not understood: {what}");
