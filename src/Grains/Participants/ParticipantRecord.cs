using System.Collections.Immutable;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Grains.Participants;

/// <summary>A participant's part in a session: role, commands run (newest last) and alarms acknowledged.</summary>
public sealed record ParticipantRecord(
    Guid SessionId,
    Guid PersonId,
    string Name,
    ParticipantRole Role,
    ImmutableArray<CommandRecord> Commands,
    ImmutableArray<string> AcknowledgedAlarms);
