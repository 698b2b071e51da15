using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Postmortems;

/// <summary>
/// A list of facts the platform recorded, under a key and a heading: the commands that mattered, the blind alleys,
/// the hints given, ... The API, the Markdown and the console show every block the same way, so a new kind of fact
/// is one more block.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.PostmortemFactBlock")]
public sealed record PostmortemFactBlock(
    [property: Id(0)] string Key,
    [property: Id(1)] string Title,
    [property: Id(2)] ImmutableArray<PostmortemFactEntry> Entries);
