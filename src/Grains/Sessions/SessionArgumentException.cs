namespace PracticePlatform.Grains.Sessions;

/// <summary>An argument of a session action is invalid (HTTP 400).</summary>
public sealed class SessionArgumentException(string message) : Exception(message);
