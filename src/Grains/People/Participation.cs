using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Grains.People;

/// <summary>A person's part in one session of one scenario, and whether that session's debrief was held.</summary>
public sealed record Participation(Guid SessionId, string ScenarioId, ParticipantRole Role, bool Debriefed);
