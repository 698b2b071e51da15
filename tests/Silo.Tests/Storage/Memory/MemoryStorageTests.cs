using PracticePlatform.Silo.Storage;

namespace PracticePlatform.Silo.Tests.Storage.Memory;

/// <summary>The reference grain storage passes the contract it defines.</summary>
public sealed class MemoryStorageTests : StorageContractTests
{
    protected override Task<GrainStateStore> CreateGrainStorageAsync() => Task.FromResult<GrainStateStore>(new MemoryGrainStorage());
}
