using System.Diagnostics;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;
using Xunit.Abstractions;

namespace PracticePlatform.Api.Tests.EndToEnd;

/// <summary>
/// The platform as a real process with a hundred live event streams open: SIGTERM ends them and the process exits
/// within 5 s, instead of waiting for the streams (each would idle on keep-alives until the shutdown timeout).
/// </summary>
public sealed class ShutdownWithOpenStreamsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string AdminToken = "shutdown-admin-token";
    private const int Streams = 100;

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("practice-shutdown-").FullName;
    private PlatformProcess _platform = null!;

    public async Task InitializeAsync() =>
        _platform = await PlatformProcess.StartAsync(_dataFolder, AdminToken, new Dictionary<string, string>());

    [Fact]
    public async Task SigtermWithAHundredOpenStreams_EndsThemAndExitsWithinFiveSeconds()
    {
        using var g = await PracticeGroup.CreateAsync(_platform.CreateClient, AdminToken, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Streams * 2 };
        using var http = new HttpClient(handler) { BaseAddress = _platform.Address, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", g["rui"].Token);
        var readers = new List<(HttpResponseMessage Response, StreamReader Reader)>();
        for (var i = 0; i < Streams; i++)
        {
            var response = await http.GetAsync($"/api/sessions/{g.Id}/events", HttpCompletionOption.ResponseHeadersRead);
            readers.Add((response, new StreamReader(await response.Content.ReadAsStreamAsync())));
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        foreach (var (_, reader) in readers)
        {
            await TimelineEvents.ReadUntilAsync(reader, e => e.Text == "Session started.", timeout.Token);
        }

        var clock = Stopwatch.StartNew();
        await _platform.StopAsync();
        var stopped = clock.Elapsed;

        output.WriteLine($"stopped with {Streams} open streams in {stopped.TotalMilliseconds:0} ms");
        Assert.True(stopped < TimeSpan.FromSeconds(5), $"The platform took {stopped.TotalSeconds:0.0} s to stop with {Streams} open streams.");
        foreach (var (response, reader) in readers)
        {
            reader.Dispose();
            response.Dispose();
        }
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
