namespace PracticePlatform.Silo.Tests.Hosting;

public interface IWakeUpGrain : IGrainWithStringKey
{
    Task ScheduleAsync(TimeSpan dueTime);

    Task RememberAsync(string note);

    Task<WakeUpGrain.Notes> NotesAsync();
}

/// <summary>Keeps notes in durable state and writes one when its reminder ticks.</summary>
public sealed class WakeUpGrain([PersistentState("notes")] IPersistentState<WakeUpGrain.Notes> notes) : Grain, IWakeUpGrain, IRemindable
{
    public async Task ScheduleAsync(TimeSpan dueTime) => await this.RegisterOrUpdateReminder("wake", dueTime, TimeSpan.FromMinutes(1));

    public Task RememberAsync(string note)
    {
        notes.State = new Notes([.. notes.State.Items, note]);
        return notes.WriteStateAsync();
    }

    public Task<Notes> NotesAsync() => Task.FromResult(notes.State);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!notes.State.Items.Contains("woke"))
        {
            await RememberAsync("woke");
        }
    }

    [GenerateSerializer, Immutable]
    public sealed record Notes(System.Collections.Immutable.ImmutableArray<string> Items)
    {
        public Notes()
            : this([])
        {
        }
    }
}
