using PracticePlatform.Contracts.People;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>A person's part in one session, with what the roster guidance looks at: experience and prerequisites.</summary>
[GenerateSerializer, Immutable, Alias("practice.Participant")]
public sealed record Participant([property: Id(0)] Guid PersonId, [property: Id(1)] string Name, [property: Id(2)] ParticipantRole Role, [property: Id(3)] Experience Experience, [property: Id(4)] bool PrerequisitesMet);
