using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Configuration;
using PracticePlatform.Silo.Storage.Postgres;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Storage.Postgres;

/// <summary>
/// A database an older release wrote reminders to (its own <c>reminders</c> table) upgraded in place: the
/// reminders come out of Orleans's own reminder table, found by grain and by the grain's place on the ring.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LegacyReminderImportTests(PostgresServer server)
{
    private const string ServiceId = "upgrade-service";

    private static readonly GrainId Session = GrainId.Create("session", "0b5c2f8e9a3d4c7b8e1f2a3b4c5d6e7f");
    private static readonly GrainId Other = GrainId.Create("session", "9f8e7d6c5b4a39281706f5e4d3c2b1a0");

    [Fact]
    public async Task The_old_tables_reminders_are_in_orleans_table_afterwards_and_the_old_table_is_gone()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var start = new DateTime(2027, 3, 14, 9, 30, 0, DateTimeKind.Utc);
        await OldReleaseWroteAsync(dataSource, (Session, "start", start, TimeSpan.FromDays(1)), (Other, "pace", start.AddHours(1), TimeSpan.FromMinutes(1)));
        await new PostgresSchema(dataSource).EnsureCreatedAsync();

        Assert.Equal(2, await LegacyReminderImport.RunAsync(dataSource, ServiceId));

        await using var services = OrleansReminderTable(connectionString);
        var table = services.GetRequiredService<IReminderTable>();
        await table.StartAsync();
        var session = (await table.ReadRow(Session, "start"))!;
        Assert.Equal(start, session.StartAt);
        Assert.Equal(TimeSpan.FromDays(1), session.Period);
        var other = (await table.ReadRow(Other, "pace"))!;
        Assert.Equal(TimeSpan.FromMinutes(1), other.Period);
        // The ring read finds each by its own hash: the silo owning that part of the ring will load it.
        var hash = Session.GetUniformHashCode();
        Assert.Contains((await table.ReadRows(hash - 1, hash)).Reminders, r => r.GrainId == Session);
        await using var check = dataSource.CreateCommand("SELECT to_regclass('reminders') IS NULL AND to_regclass('reminder_version') IS NULL;");
        Assert.True((bool)(await check.ExecuteScalarAsync())!);
        Assert.Equal(0, await LegacyReminderImport.RunAsync(dataSource, ServiceId));
    }

    [Fact]
    public async Task A_reminder_already_in_orleans_table_is_kept_as_it_is()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new PostgresSchema(dataSource).EnsureCreatedAsync();
        await using var services = OrleansReminderTable(connectionString);
        var table = services.GetRequiredService<IReminderTable>();
        await table.StartAsync();
        var newer = new DateTime(2027, 5, 1, 8, 0, 0, DateTimeKind.Utc);
        await table.UpsertRow(new ReminderEntry { GrainId = Session, ReminderName = "start", StartAt = newer, Period = TimeSpan.FromHours(1) });
        await OldReleaseWroteAsync(dataSource, (Session, "start", newer.AddDays(-30), TimeSpan.FromDays(1)));

        Assert.Equal(0, await LegacyReminderImport.RunAsync(dataSource, ServiceId));
        Assert.Equal(newer, (await table.ReadRow(Session, "start"))!.StartAt);
    }

    /// <summary>The table and rows as the release before Orleans's ADO.NET reminders kept them (start and period in ticks).</summary>
    private static async Task OldReleaseWroteAsync(NpgsqlDataSource dataSource, params (GrainId Grain, string Name, DateTime StartAt, TimeSpan Period)[] reminders)
    {
        await using (var create = dataSource.CreateCommand("""
            CREATE TABLE reminders (
                grain_id text COLLATE "C" NOT NULL, reminder_name text COLLATE "C" NOT NULL,
                start_at_ticks bigint NOT NULL, period_ticks bigint NOT NULL, version bigint NOT NULL,
                PRIMARY KEY (grain_id, reminder_name));
            CREATE SEQUENCE reminder_version;
            """))
        {
            await create.ExecuteNonQueryAsync();
        }
        foreach (var (grain, name, startAt, period) in reminders)
        {
            await using var insert = dataSource.CreateCommand(
                "INSERT INTO reminders VALUES (@grain, @name, @start, @period, nextval('reminder_version'));");
            insert.Parameters.AddWithValue("grain", grain.ToString());
            insert.Parameters.AddWithValue("name", name);
            insert.Parameters.AddWithValue("start", startAt.Ticks);
            insert.Parameters.AddWithValue("period", period.Ticks);
            await insert.ExecuteNonQueryAsync();
        }
    }

    private static ServiceProvider OrleansReminderTable(string connectionString)
    {
        var services = new ServiceCollection();
        services.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("upgrade", ServiceId));
        services.UseAdoNetReminderService(o => o.Configure(options => (options.Invariant, options.ConnectionString) = ("Npgsql", connectionString)));
        return services.BuildServiceProvider();
    }
}
