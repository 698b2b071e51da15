namespace PracticePlatform.Grains.Sessions;

/// <summary>A person's part in one session, by name.</summary>
public sealed record Participant(string Name, ParticipantRole Role);
