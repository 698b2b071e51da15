namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One recorded fact: simulated second, who, what.</summary>
public sealed record PostmortemFactEntry(long? Second, string? By, string Text);
