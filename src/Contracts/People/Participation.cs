using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Contracts.People;

/// <summary>A person's part in one session of one scenario, and whether that session's debrief was held.</summary>
[GenerateSerializer, Immutable, Alias("practice.Participation")]
public sealed record Participation(Guid SessionId, string ScenarioId, ParticipantRole Role, bool Debriefed);
