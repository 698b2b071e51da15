using System.Collections.Immutable;

namespace PracticePlatform.Grains.People;

/// <summary>A person's profile, the sessions they took part in and the cohorts they belong to. Never carries the token or its hash.</summary>
public sealed record PersonView(
    Guid Id,
    string Name,
    string? Email,
    Experience Experience,
    Prerequisites Prerequisites,
    bool CanInstigate,
    DateTimeOffset CreatedAt,
    ImmutableArray<Participation> Participations,
    ImmutableArray<Guid> Cohorts)
{
    /// <summary>The scenarios this person took part in, in any role.</summary>
    public ImmutableArray<string> PlayedScenarios => [.. Participations.Select(p => p.ScenarioId).Distinct().Order(StringComparer.Ordinal)];
}
