namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A lesson learned, by whom and when.</summary>
public sealed record Lesson(string By, string Text, DateTimeOffset WallTime);
