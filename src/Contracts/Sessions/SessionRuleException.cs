namespace PracticePlatform.Contracts.Sessions;

/// <summary>An action the session's state or rules do not allow now (HTTP 409).</summary>
[GenerateSerializer, Alias("practice.SessionRuleException")]
public sealed class SessionRuleException(string message) : Exception(message);
