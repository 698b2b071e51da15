namespace PracticePlatform.Grains.Sessions;

/// <summary>One paged person joining a Code Blue, and when (wall time: assembling happens in the real world).</summary>
public sealed record CodeBlueJoin(Guid PersonId, DateTimeOffset At);
