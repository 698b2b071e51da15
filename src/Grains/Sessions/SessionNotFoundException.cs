namespace PracticePlatform.Grains.Sessions;

/// <summary>No session, scenario or fault with that id (HTTP 404).</summary>
public sealed class SessionNotFoundException(string message) : Exception(message);
