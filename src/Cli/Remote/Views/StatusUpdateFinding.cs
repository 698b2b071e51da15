namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A status update that came late (<see cref="CameSecond"/> set) or never, with the debrief's sentence.</summary>
public sealed record StatusUpdateFinding(long DueSecond, long? CameSecond, string Text);
