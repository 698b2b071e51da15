namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One moment of the response: kind, how it reads, simulated second and seconds since the injection (null: did not happen), who.</summary>
public sealed record PostmortemMilestone(string Kind, string Label, long? Second, long? SinceInjectionSeconds, string? By);
