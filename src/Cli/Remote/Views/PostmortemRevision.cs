namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One saved change of a section: version, who, when, the text before and after.</summary>
public sealed record PostmortemRevision(int Version, string By, DateTimeOffset At, string? Before, string After);
