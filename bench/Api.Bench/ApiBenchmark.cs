using System.Globalization;
using System.Net.Http.Json;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Bench;

/// <summary>
/// The API as a console uses it, over loopback HTTP to the built API run as its own process (Kestrel on a real
/// port, embedded storage), with one started practice created through the API:
/// <list type="bullet">
/// <item><c>api.session_get_rps</c>, <c>api.metrics_get_rps</c>, <c>api.command_post_rps</c>: successful requests
/// per second of <c>GET /api/sessions/{id}</c>, <c>GET /api/sessions/{id}/metrics</c> and <c>POST
/// /api/sessions/{id}/commands</c> (the read-only <c>svcs -x</c>) from concurrent workers, median of 3 measurements
/// (the two reads take turns, after a warm-up).</item>
/// <item><c>api.sse_fanout_p99_ms</c>: with that many clients each holding <c>GET /api/sessions/{id}/events</c>, the
/// p99 delay from posting a channel message to each client reading it.</item>
/// </list>
/// The API's per-token rate limit (50 requests/s, burst 200) would measure the limiter, not the API: the process is
/// started with <c>Practice__RateLimit__TokensPerSecond</c> and <c>Practice__RateLimit__BurstLimit</c> raised.
/// </summary>
internal static class ApiBenchmark
{
    private const string AdminToken = "api-bench-admin-token";
    private const int Repeats = 3;

    public static async Task RunAsync(TextWriter output, int workers, TimeSpan duration, int streams)
    {
        var dataFolder = Directory.CreateTempSubdirectory("practice-api-bench-").FullName;
        try
        {
            await using var platform = await PlatformProcess.StartAsync(dataFolder, AdminToken, new Dictionary<string, string>
            {
                ["Practice__RateLimit__TokensPerSecond"] = "1000000",
                ["Practice__RateLimit__BurstLimit"] = "1000000",
                ["Logging__LogLevel__Default"] = "Warning",
            });
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            var practice = await BenchPractice.StartAsync(() => new HttpClient(handler, disposeHandler: false) { BaseAddress = platform.Address }, AdminToken);

            using var instigator = practice.Instigator;
            using var responder = practice.Responder;
            var session = $"/api/sessions/{practice.Id}";
            var reads = await RequestRate.MediansAsync([() => instigator.GetAsync(session), () => responder.GetAsync($"{session}/metrics")], workers, duration, Repeats);
            Print(output, "api.session_get_rps", reads[0], "requests/s");
            Print(output, "api.metrics_get_rps", reads[1], "requests/s");
            // Streams before commands: the commands go on the timeline, which the streams would otherwise replay.
            var fanout = await EventFanout.MeasureAsync(platform.Address, practice, streams);
            Print(output, "api.sse_fanout_p99_ms", fanout.P99Ms, "ms");
            Print(output, "api.sse_fanout_delivered", fanout.DeliveredShare * 100, "%");
            var commands = await RequestRate.MediansAsync([() => responder.PostAsJsonAsync($"{session}/commands", new { commandLine = "svcs -x" })], workers, duration, Repeats);
            Print(output, "api.command_post_rps", commands[0], "requests/s");
            Print(output, "api.workers", workers, "workers");
            Print(output, "api.sse_clients", streams, "clients");
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static void Print(TextWriter output, string name, double value, string unit) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.#} {unit}"));
}
