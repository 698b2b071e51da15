namespace PracticePlatform.Contracts.Sessions;

/// <summary>No session, scenario or fault with that id (HTTP 404).</summary>
[GenerateSerializer, Alias("practice.SessionNotFoundException")]
public sealed class SessionNotFoundException(string message) : Exception(message);
