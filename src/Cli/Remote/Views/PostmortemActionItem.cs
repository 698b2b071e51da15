namespace PracticePlatform.Cli.Remote.Views;

/// <summary>An action item: what to do, its owner, whether it is done.</summary>
public sealed record PostmortemActionItem(string Text, string Owner, Guid? OwnerId, bool Done);
