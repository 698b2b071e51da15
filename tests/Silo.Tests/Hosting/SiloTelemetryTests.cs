using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Hosting;

/// <summary>
/// A silo process's telemetry, for real: pushed over OTLP/HTTP to a collector on loopback when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names one, and served at <c>/metrics</c> to the admin token only.
/// </summary>
public sealed class SiloTelemetryTests : IAsyncLifetime
{
    private const string AdminToken = "silo-telemetry-admin-token";

    private readonly string _folder = Directory.CreateTempSubdirectory("practice-silo-telemetry-").FullName;
    private readonly HttpListener _collector = new();
    private readonly TaskCompletionSource<string> _metricsReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PlatformProcess? _silo;
    private int _collectorPort;

    public async Task InitializeAsync()
    {
        _collectorPort = FreePort();
        _collector.Prefixes.Add($"http://127.0.0.1:{_collectorPort}/");
        _collector.Start();
        _ = CollectAsync();
        _silo = await PlatformProcess.StartAsync("PracticePlatform.Silo.dll", _folder, AdminToken, new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{_collectorPort}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        }, port: 0);
    }

    [Fact]
    public async Task AnOtlpCollector_ReceivesOrleansAndPracticeMetrics()
    {
        // OTLP/HTTP carries protobuf, whose strings (instrumentation scope names among them) are plain UTF-8.
        var body = await _metricsReceived.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains("Microsoft.Orleans", body, StringComparison.Ordinal);
        Assert.Contains("practice-silo", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AnswerTheAdminToken_AndRefuseOthers()
    {
        using var http = _silo!.CreateClient();

        using var anonymous = await http.GetAsync("/metrics");
        using var wrong = await http.SendAsync(Get("not-the-admin-token"));
        using var admin = await http.SendAsync(Get(AdminToken));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("\norleans_", await admin.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        static HttpRequestMessage Get(string token) =>
            new(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
        _collector.Close();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Answers every export 200 (an empty OTLP response is a success), keeping the first metrics export.</summary>
    private async Task CollectAsync()
    {
        while (_collector.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _collector.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using (var reader = new MemoryStream())
            {
                await context.Request.InputStream.CopyToAsync(reader);
                if (context.Request.Url?.AbsolutePath == "/v1/metrics")
                {
                    var text = Encoding.UTF8.GetString(reader.ToArray());
                    if (text.Contains("Microsoft.Orleans", StringComparison.Ordinal))
                    {
                        _metricsReceived.TrySetResult(text);
                    }
                }
            }
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
