using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// A session as its participants see it now. <see cref="Warnings"/> lists roster advice; <see cref="Digest"/>
/// identifies the cell's exact state. <see cref="ScenarioId"/> is null for responders and observers until the
/// debrief: a scenario's id (and the title it leads to) can name the fault.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.SessionView")]
public sealed record SessionView(
    Guid Id,
    SessionStatus Status,
    string? ScenarioId,
    ulong Seed,
    DateTimeOffset? ScheduledStart,
    Guid? CohortId,
    ImmutableArray<Participant> Participants,
    ImmutableArray<string> Warnings,
    long Second,
    double Speed,
    ImmutableArray<FaultSummary> Faults,
    string? Digest);
