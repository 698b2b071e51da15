namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// A paged person's answer to a Code Blue: the role they joined in (responder, or observer when they already took
/// part in the scenario or the roster has its most responders), why, and the session as they now see it.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.JoinOutcome")]
public sealed record JoinOutcome([property: Id(0)] ParticipantRole Role, [property: Id(1)] string Message, [property: Id(2)] SessionView Session);
