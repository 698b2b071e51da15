using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PracticePlatform.Testing;

namespace PracticePlatform.Cli.Tests;

/// <summary>
/// The platform on a real Kestrel loopback port, as the CLI meets it in the field, on a throwaway data folder, with
/// a known admin token and a fake clock that moves only when a test advances it.
/// </summary>
public sealed class PlatformHost : WebApplicationFactory<Program>
{
    public const string AdminToken = "cli-test-admin-token";

    public PlatformHost()
    {
        DataFolder = Directory.CreateTempSubdirectory("practice-cli-").FullName;
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));
        ClientFolder = Directory.CreateTempSubdirectory("practice-cli-client-").FullName;
        UseKestrel(0);
    }

    public string DataFolder { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>The terminals' side: token files and written reports, apart from the server's data.</summary>
    public string ClientFolder { get; }

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PRACTICE_DATA", DataFolder);
        builder.UseSetting("PRACTICE_ADMIN_TOKEN", AdminToken);
        // The fake clock leaps minutes inside one Advance while grain calls still run on the thread pool; response
        // and delivery timeouts in the same virtual time would fire spuriously, so they are set beyond any test's leap.
        builder.UseSetting("Practice:Runtime:ResponseTimeout", "1.00:00:00");
        builder.UseSetting("Practice:Runtime:ActivationTimeout", "1.00:00:00");
        builder.UseSetting("Practice:Notifications:AttemptTimeout", "1.00:00:00");
        builder.ConfigureServices(services => services.AddPracticeClock(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(DataFolder, recursive: true);
        Directory.Delete(ClientFolder, recursive: true);
    }
}
