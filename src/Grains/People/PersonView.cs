using System.Collections.Immutable;

namespace PracticePlatform.Grains.People;

/// <summary>A person's profile and the sessions they took part in. Never carries the token or its hash.</summary>
public sealed record PersonView(
    Guid Id,
    string Name,
    string? Email,
    Experience Experience,
    Prerequisites Prerequisites,
    bool CanInstigate,
    DateTimeOffset CreatedAt,
    ImmutableArray<Participation> Participations)
{
    /// <summary>The scenarios this person took part in, in any role.</summary>
    public ImmutableArray<string> PlayedScenarios => [.. Participations.Select(p => p.ScenarioId).Distinct().Order(StringComparer.Ordinal)];
}
