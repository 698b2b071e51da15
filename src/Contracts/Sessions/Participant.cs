using PracticePlatform.Contracts.People;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>A person's part in one session, with what the roster guidance looks at: experience and prerequisites.</summary>
[GenerateSerializer, Immutable, Alias("practice.Participant")]
public sealed record Participant(Guid PersonId, string Name, ParticipantRole Role, Experience Experience, bool PrerequisitesMet);
