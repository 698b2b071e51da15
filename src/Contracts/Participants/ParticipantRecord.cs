using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Contracts.Participants;

/// <summary>A participant's part in a session: role, commands run (newest last) and alarms acknowledged.</summary>
[GenerateSerializer, Immutable, Alias("practice.ParticipantRecord")]
public sealed record ParticipantRecord(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] Guid PersonId,
    [property: Id(2)] string Name,
    [property: Id(3)] ParticipantRole Role,
    [property: Id(4)] ImmutableArray<CommandRecord> Commands,
    [property: Id(5)] ImmutableArray<string> AcknowledgedAlarms);
