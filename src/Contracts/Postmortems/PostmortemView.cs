using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Postmortems;

/// <summary>
/// A session's postmortem: the facts the platform prefilled and the sections participants write. <see cref="Version"/>
/// is the sum of the sections' versions, so it moves with every save (an ETag for the whole document).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.PostmortemView")]
public sealed record PostmortemView(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] int Version,
    [property: Id(2)] bool Editable,
    [property: Id(3)] PostmortemFacts Facts,
    [property: Id(4)] ImmutableArray<PostmortemSection> Sections);
