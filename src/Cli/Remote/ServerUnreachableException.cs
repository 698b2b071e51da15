namespace PracticePlatform.Cli.Remote;

/// <summary>No answer from the server: refused or dropped connection, unknown host, or no reply in time.</summary>
public sealed class ServerUnreachableException(Uri server, string reason)
    : Exception($"cannot reach the server at {server} ({reason}); is it running? Set --server or {ServerConnection.ServerVariable}");
