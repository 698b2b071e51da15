using PracticePlatform.Silo.Storage;
using PracticePlatform.Silo.Storage.Sqlite;

namespace PracticePlatform.Silo.Tests.Storage.Sqlite;

/// <summary>The SQLite providers, both in one fresh database file per test, as a silo keeps them.</summary>
public sealed class SqliteStorageTests : StorageContractTests
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("practice-sqlite-");

    private string DatabasePath => Path.Combine(_folder.FullName, "practice.db");

    protected override Task<GrainStateStore> CreateGrainStorageAsync() => Task.FromResult<GrainStateStore>(new SqliteGrainStorage(DatabasePath));

    private ReminderRows Reminders => new(_table ??= new SqliteReminderTable(DatabasePath));

    private SqliteReminderTable? _table;

    protected override Task CleanUpAsync()
    {
        _table?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task StateAndReminders_SurviveReopeningTheFile()
    {
        var grain = GrainId.Create("counter", "alpha");
        var key = GrainStateKey.For(grain, "counter");
        var etag = await Storage.WriteAsync(key, [1, 2, 3], null);
        var reminderETag = await Reminders.UpsertRowAsync(new ReminderRow(grain, "tick", DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(1)));
        ((IDisposable)Storage).Dispose();
        _table!.Dispose();

        using var reopened = new SqliteGrainStorage(DatabasePath);
        using var reopenedTable = new SqliteReminderTable(DatabasePath);
        var reopenedReminders = new ReminderRows(reopenedTable);

        Assert.Equal(etag, (await reopened.ReadAsync(key))?.ETag);
        Assert.Equal([1, 2, 3], (await reopened.ReadAsync(key))?.Payload);
        Assert.Equal(reminderETag, (await reopenedReminders.ReadRowAsync(grain, "tick"))?.ETag);
        Assert.Equal("2", await reopened.WriteAsync(key, null, etag));
    }

    [Fact]
    public async Task StateAndReminderWrites_ToOneFileAtOnce_AllLand()
    {
        var grains = Enumerable.Range(0, 50).Select(i => GrainId.Create("counter", $"g{i}")).ToList();

        await Task.WhenAll(grains.Select(grain => Task.Run(async () =>
        {
            string? etag = null;
            for (var i = 0; i < 5; i++)
            {
                etag = await Storage.WriteAsync(GrainStateKey.For(grain, "counter"), [(byte)i], etag);
                await Reminders.UpsertRowAsync(new ReminderRow(grain, $"r{i}", DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(1)));
            }
        })));

        Assert.Equal(grains.Count * 5, (await Reminders.ReadAllAsync()).Count);
        foreach (var grain in grains)
        {
            Assert.Equal([4], (await Storage.ReadAsync(GrainStateKey.For(grain, "counter")))?.Payload);
        }
    }
}
