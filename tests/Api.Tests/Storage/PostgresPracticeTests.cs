using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.Storage;

/// <summary>The whole platform on cluster storage: a practice on a throwaway PostgreSQL, across a process restart.</summary>
public sealed class PostgresPracticeTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Practice_OnPostgres_SurvivesARestart_AndReachesTheDebrief()
    {
        var database = await postgres.CreateDatabaseAsync();
        var before = OnPostgres(new ApiFactory { KeepsDataFolder = true }, database);
        var g = await PracticeGroup.CreateAsync(before, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        before.Clock.Advance(TimeSpan.FromMinutes(1));
        before.Clock.Advance(TimeSpan.FromMinutes(1));
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs -xv" });
        var running = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var timeline = await g.Ines.Http.GetStringAsync($"/api/sessions/{g.Id}/timeline");
        await before.DisposeAsync();

        await using var after = OnPostgres(before.Restarted(), database);
        g.Rebind(after);
        var resumed = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var replayed = await g.Ines.Http.GetStringAsync($"/api/sessions/{g.Id}/timeline");
        await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await g["ana"].PostAsync<SessionView>(g.Id, "resolve");
        await g["ana"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 2, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "cleared" });
        var debrief = await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        g.Dispose();

        Assert.Equal(running.Second, resumed.Second);
        Assert.Equal(running.Digest, resumed.Digest);
        Assert.Equal(timeline, replayed);
        Assert.Equal(0, debrief.InjectedAtSecond);
        Assert.Equal(2, debrief.CommandsRun);
    }

    private static ApiFactory OnPostgres(ApiFactory factory, string connectionString)
    {
        factory.Settings["PRACTICE_STORAGE"] = "postgres";
        factory.Settings["PRACTICE_POSTGRES"] = connectionString;
        // A one-silo cluster on loopback, on ports nobody else uses.
        factory.Settings["PRACTICE_ADVERTISED_IP"] = "127.0.0.1";
        factory.Settings["PRACTICE_SILO_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["PRACTICE_GATEWAY_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return factory;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
