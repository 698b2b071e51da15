using PracticePlatform.Contracts.Participants;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Participants;

/// <summary>See <see cref="IParticipantGrain"/>. Keeps the newest 500 commands, each output cut at 16 KiB.</summary>
public sealed class ParticipantGrain([PersistentState("participant")] IPersistentState<ParticipantState> state) : Grain, IParticipantGrain
{
    private const int MaxCommands = 500;
    private const int MaxOutputChars = 16 * 1024;

    private ParticipantState S => state.State;

    public async Task JoinAsync(Guid sessionId, Guid personId, string name, ParticipantRole role)
    {
        S.SessionId = sessionId;
        S.PersonId = personId;
        S.Name = name;
        S.Role = role;
        await state.WriteStateAsync();
    }

    public async Task RecordCommandAsync(CommandRecord command)
    {
        S.Commands.Add(command.Output.Length > MaxOutputChars ? command with { Output = command.Output[..MaxOutputChars] + "\n[output cut]" } : command);
        if (S.Commands.Count > MaxCommands)
        {
            S.Commands.RemoveRange(0, S.Commands.Count - MaxCommands);
        }
        await state.WriteStateAsync();
    }

    public async Task RecordAcknowledgementAsync(string alarmId, long second)
    {
        S.AcknowledgedAlarms.Add($"{alarmId}@{second}");
        await state.WriteStateAsync();
    }

    public Task<ParticipantRecord> GetAsync() =>
        state.RecordExists
            ? Task.FromResult(new ParticipantRecord(S.SessionId, S.PersonId, S.Name, S.Role, [.. S.Commands], [.. S.AcknowledgedAlarms]))
            : throw new SessionNotFoundException($"No participant {this.GetPrimaryKeyString()}.");
}
