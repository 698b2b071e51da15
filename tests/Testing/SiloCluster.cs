using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace PracticePlatform.Testing;

/// <summary>
/// A real cluster for the whole collection: a throwaway PostgreSQL, three silo processes (<c>PracticePlatform.Silo</c>)
/// started at once on their own loopback ports, and two frontend processes (the API with <c>PRACTICE_ROLE=frontend</c>).
/// Tests drive practices through the frontend over HTTP, kill silos with SIGKILL and start them again on the same
/// ports; every process is killed by its id at the end.
/// </summary>
public sealed class SiloCluster : IAsyncLifetime
{
    public const string AdminToken = "cluster-admin-token-for-tests";
    public const int SiloCount = 3;

    private readonly PostgresServer _postgres = new();
    private readonly string _root = Directory.CreateTempSubdirectory("practice-cluster-").FullName;
    private readonly string _clusterId = $"test-{Guid.NewGuid():N}";
    private readonly int[] _siloPorts = [.. Enumerable.Range(0, SiloCount).Select(_ => FreePort())];
    private readonly int[] _gatewayPorts = [.. Enumerable.Range(0, SiloCount).Select(_ => FreePort())];
    private readonly int[] _httpPorts = [.. Enumerable.Range(0, SiloCount).Select(_ => FreePort())];
    private readonly int _frontendPort = FreePort();
    private readonly int _secondFrontendPort = FreePort();
    private readonly PlatformProcess?[] _silos = new PlatformProcess?[SiloCount];
    private string _database = "";

    /// <summary>The frontend every test talks to.</summary>
    public PlatformProcess Frontend { get; private set; } = null!;

    /// <summary>Another frontend of the same cluster, as behind a load balancer.</summary>
    public PlatformProcess SecondFrontend { get; private set; } = null!;

    /// <summary>The PostgreSQL connection string the cluster shares.</summary>
    public string Database => _database;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _database = await _postgres.CreateDatabaseAsync();
        // All at once: the schema's advisory lock and membership's version checks are what let them.
        await Task.WhenAll(Enumerable.Range(0, SiloCount).Select(StartSiloAsync));
        await StartFrontendAsync();
        SecondFrontend = await PlatformProcess.StartAsync("PracticePlatform.Api.dll", Folder("frontend2"), AdminToken, FrontendEnvironment(), _secondFrontendPort);
    }

    /// <summary>Where silo <paramref name="index"/> serves its health probes and metrics.</summary>
    public Uri SiloHttp(int index) => _silos[index]?.Address ?? throw new InvalidOperationException($"Silo {index} is not running.");

    /// <summary>A client of the frontend.</summary>
    public HttpClient CreateClient() => Frontend.CreateClient();

    /// <summary>The index of the silo whose silo-to-silo endpoint is <paramref name="endpoint"/> (ip:port).</summary>
    public int SiloAt(string endpoint) =>
        Array.IndexOf(_siloPorts, int.Parse(endpoint[(endpoint.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture));

    /// <summary>Starts silo <paramref name="index"/> (again) on its ports and waits until it is ready.</summary>
    public async Task StartSiloAsync(int index)
    {
        var environment = Cluster(new Dictionary<string, string>
        {
            ["PRACTICE_SILO_PORT"] = _siloPorts[index].ToString(CultureInfo.InvariantCulture),
            ["PRACTICE_GATEWAY_PORT"] = _gatewayPorts[index].ToString(CultureInfo.InvariantCulture),
        });
        _silos[index] = await PlatformProcess.StartAsync("PracticePlatform.Silo.dll", Folder($"silo{index}"), AdminToken, environment, _httpPorts[index]);
    }

    /// <summary>SIGKILL of silo <paramref name="index"/>.</summary>
    public async Task KillSiloAsync(int index)
    {
        if (_silos[index] is { } silo)
        {
            await silo.DisposeAsync();
            _silos[index] = null;
        }
    }

    /// <summary>Stops silo <paramref name="index"/> as an orchestrator does (SIGTERM), waiting for its graceful shutdown.</summary>
    public async Task StopSiloAsync(int index)
    {
        if (_silos[index] is { } silo)
        {
            await silo.StopAsync();
            await silo.DisposeAsync();
            _silos[index] = null;
        }
    }

    /// <summary>Kills the frontend and starts it again on the same port.</summary>
    public async Task RestartFrontendAsync()
    {
        await Frontend.DisposeAsync();
        await StartFrontendAsync();
    }

    /// <summary>
    /// Waits until the cluster's view has settled: the frontend counts exactly the silos running as active (a silo
    /// killed is still listed until declared dead; until then some calls answer 503, which clients retry).
    /// </summary>
    public async Task SettledAsync()
    {
        var running = _silos.Count(silo => silo is not null);
        using var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminToken);
        var started = DateTime.UtcNow;
        var seen = "";
        while (DateTime.UtcNow - started < TimeSpan.FromSeconds(60))
        {
            try
            {
                seen = await client.GetStringAsync("/api/runtime");
                using var status = System.Text.Json.JsonDocument.Parse(seen);
                if (status.RootElement.GetProperty("silos").GetInt32() == running)
                {
                    return;
                }
            }
            catch (HttpRequestException e)
            {
                seen = e.Message;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        throw new TimeoutException($"The cluster did not settle on {running} active silos within 60 s; last seen: {seen}");
    }

    /// <summary>What silo <paramref name="index"/> printed, for failure messages.</summary>
    public string OutputOf(int index) => _silos[index]?.Output ?? "(not running)";

    public async Task DisposeAsync()
    {
        if (Frontend is not null)
        {
            await Frontend.DisposeAsync();
        }
        if (SecondFrontend is not null)
        {
            await SecondFrontend.DisposeAsync();
        }
        for (var index = 0; index < SiloCount; index++)
        {
            await KillSiloAsync(index);
        }
        await _postgres.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private async Task StartFrontendAsync() =>
        Frontend = await PlatformProcess.StartAsync("PracticePlatform.Api.dll", Folder("frontend"), AdminToken, FrontendEnvironment(), _frontendPort);

    private Dictionary<string, string> FrontendEnvironment() => Cluster(new Dictionary<string, string> { ["PRACTICE_ROLE"] = "frontend" });

    private Dictionary<string, string> Cluster(Dictionary<string, string> environment)
    {
        environment["PRACTICE_STORAGE"] = "postgres";
        environment["PRACTICE_POSTGRES"] = _database;
        environment["PRACTICE_CLUSTER_ID"] = _clusterId;
        environment["PRACTICE_ADVERTISED_IP"] = "127.0.0.1";
        return environment;
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
