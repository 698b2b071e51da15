using PracticePlatform.Contracts.Participants;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Participants;

/// <summary>A participant's persisted state.</summary>
public sealed class ParticipantState
{
    public Guid SessionId { get; set; }

    public Guid PersonId { get; set; }

    public string Name { get; set; } = "";

    public ParticipantRole Role { get; set; }

    public List<CommandRecord> Commands { get; set; } = [];

    public List<string> AcknowledgedAlarms { get; set; } = [];
}
