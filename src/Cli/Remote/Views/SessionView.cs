using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>
/// A session as the API answers it (the fields the CLI shows; enums arrive as camelCase strings). Responders and
/// observers get no <see cref="ScenarioId"/> until the debrief, and for a surprise start no <see cref="ScheduledStart"/>
/// (only the <see cref="StartWindow"/>) until it starts. <see cref="ManualInjects"/>: the instigators inject the
/// faults; the scenario's script injects nothing by itself. <see cref="Commander"/>: the responder holding incident command.
/// </summary>
public sealed record SessionView(
    Guid Id,
    string Status,
    string? ScenarioId,
    ulong Seed,
    DateTimeOffset? ScheduledStart,
    Guid? CohortId,
    ImmutableArray<Participant> Participants,
    ImmutableArray<string> Warnings,
    long Second,
    double Speed,
    ImmutableArray<FaultSummary> Faults,
    string? Digest,
    bool ManualInjects = false,
    StartWindow? StartWindow = null,
    CodeBlueStatus? CodeBlue = null,
    Guid? Commander = null);
