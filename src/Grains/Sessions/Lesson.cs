namespace PracticePlatform.Grains.Sessions;

/// <summary>A lesson learned or suggestion entered at the debrief, by whom and when.</summary>
public sealed record Lesson(string By, string Text, DateTimeOffset WallTime);
