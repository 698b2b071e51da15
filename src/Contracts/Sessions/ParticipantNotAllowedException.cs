namespace PracticePlatform.Contracts.Sessions;

/// <summary>The acting participant is not on the roster or their role may not do this (HTTP 403).</summary>
[GenerateSerializer, Alias("practice.ParticipantNotAllowedException")]
public sealed class ParticipantNotAllowedException(string message) : Exception(message);
