using PracticePlatform.Runtime;
using PracticePlatform.Runtime.Storage;

namespace PracticePlatform.Silo.Tests.Hosting;

public interface IWakeUpGrain : IGrainWithStringKey, IRemindable
{
    Task ScheduleAsync(TimeSpan dueTime);

    Task RememberAsync(string note);

    Task<WakeUpGrain.Notes> NotesAsync();
}

/// <summary>Keeps notes in durable state and writes one when its reminder ticks.</summary>
public sealed class WakeUpGrain([PersistentState("notes")] IPersistentState<WakeUpGrain.Notes> notes) : Grain, IWakeUpGrain
{
    public async Task ScheduleAsync(TimeSpan dueTime) => await RegisterOrUpdateReminder("wake", dueTime, TimeSpan.FromHours(24));

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

    public sealed record Notes(IReadOnlyList<string> Items)
    {
        public Notes()
            : this([])
        {
        }
    }
}
