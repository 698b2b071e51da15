namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A lesson learned or suggestion (<see cref="Kind"/>: lesson, responseSuggestion, practiceSuggestion), by whom and when.</summary>
public sealed record Lesson(string By, string Text, DateTimeOffset WallTime, string Kind = "lesson");
