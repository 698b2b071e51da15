using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A cohort as the API answers it: its name, members' person ids and sessions' ids.</summary>
public sealed record CohortView(Guid Id, string Name, DateTimeOffset CreatedAt, ImmutableArray<Guid> Members, ImmutableArray<Guid> Sessions);
