using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests;

/// <summary>
/// The API in process, on a throwaway data folder with embedded SQLite, a known admin token and a fake clock
/// (advancing <see cref="Clock"/> paces the sessions' cells); what it logs as an error is kept in <see cref="Errors"/>.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string AdminToken = "test-admin-token";

    public ApiFactory()
        : this(Directory.CreateTempSubdirectory("practice-api-").FullName, new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero)))
    {
    }

    private ApiFactory(string dataFolder, FakeTimeProvider clock)
    {
        DataFolder = dataFolder;
        Clock = clock;
    }

    public string DataFolder { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>The errors the host logged (error and critical records only, so a long test does not hoard its logs).</summary>
    public FakeLogCollector Errors => Services.GetFakeLogCollector();

    /// <summary>Extra configuration for the host, set before the first client is created.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether disposing leaves the data folder for a <see cref="Restarted"/> host.</summary>
    public bool KeepsDataFolder { get; set; }

    /// <summary>A new host on the same data folder and clock, as after a process restart; it owns the folder.</summary>
    public ApiFactory Restarted() => new(DataFolder, Clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PRACTICE_DATA", DataFolder);
        builder.UseSetting("PRACTICE_ADMIN_TOKEN", AdminToken);
        // The fake clock leaps minutes inside one Advance while grain calls still run on the thread pool; a
        // response or delivery timeout in the same virtual time would fire spuriously, so it is set beyond any test's leap.
        builder.UseSetting("Practice:Runtime:ResponseTimeout", "1.00:00:00");
        builder.UseSetting("Practice:Runtime:ActivationTimeout", "1.00:00:00");
        builder.UseSetting("Practice:Notifications:AttemptTimeout", "1.00:00:00");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddPracticeClock(Clock));
        builder.ConfigureLogging(logging => logging.AddFakeLogging(o =>
        {
            o.FilteredLevels.Add(LogLevel.Error);
            o.FilteredLevels.Add(LogLevel.Critical);
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        // Orleans's own retries (placement, directory) wait on the injected clock too. A stop that needs one would wait
        // for virtual time that never comes, until the host's 30 s shutdown timeout; so a stop still running after
        // 5 s real time gets the fake clock moved a second at a time, as time would pass in life.
        var stopping = base.DisposeAsync().AsTask();
        if (await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(5), TimeProvider.System)) != stopping)
        {
            while (!stopping.IsCompleted)
            {
                Clock.Advance(TimeSpan.FromSeconds(1));
                await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System));
            }
        }
        await stopping;
        if (!KeepsDataFolder)
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
