using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// A Code Blue session: who is paged when it starts (<see cref="People"/>: the given people, or empty for every member
/// of the cohort), who was paged and when, and whether paged people may still join as responders.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.CodeBlueStatus")]
public sealed record CodeBlueStatus(
    [property: Id(0)] ImmutableArray<Guid> People,
    [property: Id(1)] DateTimeOffset? PagedAt,
    [property: Id(2)] ImmutableArray<Guid> Paged,
    [property: Id(3)] bool JoiningOpen);
