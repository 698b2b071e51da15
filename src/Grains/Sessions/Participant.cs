using PracticePlatform.Grains.People;

namespace PracticePlatform.Grains.Sessions;

/// <summary>A person's part in one session, with what the roster guidance looks at: experience and prerequisites.</summary>
public sealed record Participant(Guid PersonId, string Name, ParticipantRole Role, Experience Experience, bool PrerequisitesMet);
