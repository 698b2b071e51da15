namespace PracticePlatform.Contracts.Sessions;

/// <summary>An argument of a session action is invalid (HTTP 400).</summary>
[GenerateSerializer, Alias("practice.SessionArgumentException")]
public sealed class SessionArgumentException(string message) : Exception(message);
