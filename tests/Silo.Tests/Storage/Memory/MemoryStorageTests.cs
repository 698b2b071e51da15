using PracticePlatform.Runtime.Reminders;
using PracticePlatform.Runtime.Storage;

namespace PracticePlatform.Silo.Tests.Storage.Memory;

/// <summary>The reference implementations pass the contract they define.</summary>
public sealed class MemoryStorageTests : StorageContractTests
{
    protected override Task<GrainStateStore> CreateGrainStorageAsync() => Task.FromResult<GrainStateStore>(new MemoryGrainStorage());

    protected override Task<IReminderTable> CreateReminderTableAsync() => Task.FromResult<IReminderTable>(new MemoryReminderTable());
}
