using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A section participants write, with its version, last editor and history (newest first).</summary>
public sealed record PostmortemSection(
    string Name,
    string Title,
    int Version,
    string Text,
    ImmutableArray<PostmortemActionItem> Items,
    string? EditedBy,
    DateTimeOffset? EditedAt,
    ImmutableArray<PostmortemRevision> History);
