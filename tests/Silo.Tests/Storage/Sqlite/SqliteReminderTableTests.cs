using PracticePlatform.Silo.Storage.Sqlite;

namespace PracticePlatform.Silo.Tests.Storage.Sqlite;

/// <summary>The SQLite reminder table, in one fresh database file per test.</summary>
public sealed class SqliteReminderTableTests : ReminderTableContractTests
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("practice-sqlite-reminders-");

    protected override Task<IReminderTable> CreateReminderTableAsync() =>
        Task.FromResult<IReminderTable>(new SqliteReminderTable(Path.Combine(_folder.FullName, "practice.db")));

    protected override Task CleanUpAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
