using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A Code Blue: whom it pages (none named: the cohort), who was paged and when, and whether joining is open.</summary>
public sealed record CodeBlueStatus(ImmutableArray<Guid> People, DateTimeOffset? PagedAt, ImmutableArray<Guid> Paged, bool JoiningOpen);
