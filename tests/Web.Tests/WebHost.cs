using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PracticePlatform.Testing;

namespace PracticePlatform.Web.Tests;

/// <summary>
/// The platform on a real Kestrel loopback port (browsers need one), on a throwaway data folder, with a known admin
/// token and a fake clock that starts at the real time (so the browser keeps the sign-in cookie) and moves only
/// when a test advances it. A second host on the same data folder and port is the same platform restarted.
/// </summary>
public sealed class WebHost : WebApplicationFactory<Program>
{
    public const string AdminToken = "web-test-admin-token";

    private readonly bool _ownsData;

    public WebHost()
        : this(Directory.CreateTempSubdirectory("practice-web-").FullName, port: 0, ownsData: true)
    {
    }

    /// <summary>
    /// The platform on <paramref name="dataFolder"/> and <paramref name="port"/> (0: any free one); the folder is
    /// deleted on disposal only when <paramref name="ownsData"/>, so a later host can start from what this one stored.
    /// </summary>
    public WebHost(string dataFolder, int port, bool ownsData)
    {
        DataFolder = dataFolder;
        _ownsData = ownsData;
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        UseKestrel(port);
    }

    public string DataFolder { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PRACTICE_DATA", DataFolder);
        builder.UseSetting("PRACTICE_ADMIN_TOKEN", AdminToken);
        // The fake clock leaps minutes while grain calls still run on the thread pool; response and delivery
        // timeouts in the same virtual time would fire spuriously.
        builder.UseSetting("Practice:Runtime:ResponseTimeout", "1.00:00:00");
        builder.UseSetting("Practice:Runtime:ActivationTimeout", "1.00:00:00");
        builder.UseSetting("Practice:Notifications:AttemptTimeout", "1.00:00:00");
        // The silo's start-up and shut-down chatter buried the one failed check at the end of a CI log; warnings stay.
        builder.UseSetting("Logging:LogLevel:Orleans", "Warning");
        builder.UseSetting("Logging:LogLevel:Polly", "Warning");
        // The console's wall-clock refresh stays on, as in production. Orleans runs its grain timers on this fake
        // clock too, and a session's pacing timer that is being re-armed at the moment the clock leaps minutes is
        // armed after the leap, so it never fires again and the page, hearing only of writes, stayed as it was
        // (seen in ObserverTests and AlarmUrgencyTests, about one leap in ten). The refresh reads the session,
        // which catches its cell up. That the write signal alone keeps a page live is LiveSessionStreamTests' job.
        builder.ConfigureServices(services => services.AddPracticeClock(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsData)
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
