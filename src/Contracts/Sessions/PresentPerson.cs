namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// One person with a console of the session open: their name and the role they have it open in (an admin who is not
/// on the roster counts as an instigator). <see cref="PersonId"/> is null for the admin token.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.PresentPerson")]
public sealed record PresentPerson([property: Id(0)] Guid? PersonId, [property: Id(1)] string Name, [property: Id(2)] ParticipantRole Role);
