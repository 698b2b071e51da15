namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A surprise start's window: the session starts at a time drawn between the two.</summary>
public sealed record StartWindow(DateTimeOffset Earliest, DateTimeOffset Latest);
