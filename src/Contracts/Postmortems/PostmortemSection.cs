using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Postmortems;

/// <summary>
/// One section participants write: its name and heading, its version (0 until first saved; each save adds one), its
/// text (or, for action items, its items), who saved it last and when, and its history, newest first.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.PostmortemSection")]
public sealed record PostmortemSection(
    [property: Id(0)] string Name,
    [property: Id(1)] string Title,
    [property: Id(2)] int Version,
    [property: Id(3)] string Text,
    [property: Id(4)] ImmutableArray<PostmortemActionItem> Items,
    [property: Id(5)] string? EditedBy,
    [property: Id(6)] DateTimeOffset? EditedAt,
    [property: Id(7)] ImmutableArray<PostmortemRevision> History);
