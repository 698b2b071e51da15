using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Postmortems;

/// <summary>
/// A change to one section, made on the version the editor read: the new text, or for action items the new list of
/// items (each owner a participant's name or person id).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.PostmortemEdit")]
public sealed record PostmortemEdit(
    [property: Id(0)] string Section,
    [property: Id(1)] int Version,
    [property: Id(2)] string? Text,
    [property: Id(3)] ImmutableArray<PostmortemActionItem> Items);
