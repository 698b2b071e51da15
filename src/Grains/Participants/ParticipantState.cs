using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Contracts.Participants;
using PracticePlatform.Grains.Sessions;

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
