namespace PracticePlatform.Grains.Sessions;

/// <summary>An action the session's state or rules do not allow now (HTTP 409).</summary>
public sealed class SessionRuleException(string message) : Exception(message);
