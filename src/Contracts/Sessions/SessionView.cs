using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// A session as its participants see it now. <see cref="Warnings"/> lists roster advice (and, in the answer to a
/// restoration declared early, the resolution criteria not met yet); <see cref="Digest"/>
/// identifies the cell's exact state. <see cref="ScenarioId"/> is null for responders and observers until the
/// debrief: a scenario's id (and the title it leads to) can name the fault. <see cref="ManualInjects"/>: the
/// instigators inject the faults by hand; the scenario's script injects nothing by itself. For a surprise start they get the
/// <see cref="StartWindow"/> and no <see cref="ScheduledStart"/> until it starts. <see cref="Commander"/> is the
/// responder holding incident command, if any.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.SessionView")]
public sealed record SessionView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] SessionStatus Status,
    [property: Id(2)] string? ScenarioId,
    [property: Id(3)] ulong Seed,
    [property: Id(4)] DateTimeOffset? ScheduledStart,
    [property: Id(5)] Guid? CohortId,
    [property: Id(6)] ImmutableArray<Participant> Participants,
    [property: Id(7)] ImmutableArray<string> Warnings,
    [property: Id(8)] long Second,
    [property: Id(9)] double Speed,
    [property: Id(10)] ImmutableArray<FaultSummary> Faults,
    [property: Id(11)] string? Digest,
    [property: Id(12)] bool ManualInjects = false,
    [property: Id(20)] StartWindow? StartWindow = null,
    [property: Id(21)] CodeBlueStatus? CodeBlue = null,
    [property: Id(200)] Guid? Commander = null);
