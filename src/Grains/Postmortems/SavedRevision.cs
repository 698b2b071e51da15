namespace PracticePlatform.Grains.Postmortems;

/// <summary>A section's revision as stored: the version it made, who and when, and the section's content after it, as text.</summary>
public sealed record SavedRevision(int Version, string By, Guid? ById, DateTimeOffset At, string Content);
