using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Contracts.People;

/// <summary>A person's part in one session of one scenario, and whether that session's debrief was held.</summary>
[GenerateSerializer, Immutable, Alias("practice.Participation")]
public sealed record Participation([property: Id(0)] Guid SessionId, [property: Id(1)] string ScenarioId, [property: Id(2)] ParticipantRole Role, [property: Id(3)] bool Debriefed);
