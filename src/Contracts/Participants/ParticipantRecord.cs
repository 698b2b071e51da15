using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Contracts.Participants;

/// <summary>A participant's part in a session: role, commands run (newest last) and alarms acknowledged.</summary>
[GenerateSerializer, Immutable, Alias("practice.ParticipantRecord")]
public sealed record ParticipantRecord(
    Guid SessionId,
    Guid PersonId,
    string Name,
    ParticipantRole Role,
    ImmutableArray<CommandRecord> Commands,
    ImmutableArray<string> AcknowledgedAlarms);
