using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A list of recorded facts under a heading (commands that mattered, blind alleys, hints, ...).</summary>
public sealed record PostmortemFactBlock(string Key, string Title, ImmutableArray<PostmortemFactEntry> Entries);
