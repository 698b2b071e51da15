using System.Collections.Immutable;

namespace PracticePlatform.Contracts.People;

/// <summary>A person's profile, the sessions they took part in and the cohorts they belong to. Never carries the token or its hash.</summary>
[GenerateSerializer, Immutable, Alias("practice.PersonView")]
public sealed record PersonView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Email,
    [property: Id(3)] Experience Experience,
    [property: Id(4)] Prerequisites Prerequisites,
    [property: Id(5)] bool CanInstigate,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] ImmutableArray<Participation> Participations,
    [property: Id(8)] ImmutableArray<Guid> Cohorts)
{
    /// <summary>
    /// The view a person gets of themself: a session they respond to or observe shows once its debrief was held,
    /// since its scenario id can name the fault (their sessions are listed by GET /api/sessions all along).
    /// </summary>
    public PersonView AsSeenByThemself() =>
        this with { Participations = [.. Participations.Where(p => p.Debriefed || p.Role == Sessions.ParticipantRole.Instigator)] };

    /// <summary>The scenarios this person took part in, in any role.</summary>
    public ImmutableArray<string> PlayedScenarios => [.. Participations.Select(p => p.ScenarioId).Distinct().Order(StringComparer.Ordinal)];
}
