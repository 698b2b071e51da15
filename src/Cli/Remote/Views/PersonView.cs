using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A person's profile and participations, as <c>GET /api/people/me</c> answers it.</summary>
public sealed record PersonView(
    Guid Id,
    string Name,
    string? Email,
    string Experience,
    Prerequisites Prerequisites,
    bool CanInstigate,
    DateTimeOffset CreatedAt,
    ImmutableArray<Participation> Participations);
