using System.Diagnostics;
using PracticePlatform.Api.Tests.Sessions;

namespace PracticePlatform.Api.Tests.Cluster;

/// <summary>
/// Reads each of some sessions through the frontend every 200 ms, each read bounded to 2 s, and keeps the longest
/// time any one of them went without answering: what a user at that session's terminal would have waited.
/// </summary>
public sealed class SessionWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<TimeSpan> _watching;

    private SessionWatch(IReadOnlyList<PracticeGroup> groups) =>
        _watching = Task.WhenAll(groups.Select(WatchAsync)).ContinueWith(t => t.Result.Max(), TaskScheduler.Default);

    public static SessionWatch Start(IReadOnlyList<PracticeGroup> groups) => new(groups);

    /// <summary>Stops watching and answers the longest silence seen.</summary>
    public async Task<TimeSpan> StopAsync()
    {
        await _stop.CancelAsync();
        return await _watching;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _watching;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        _stop.Dispose();
    }

    private async Task<TimeSpan> WatchAsync(PracticeGroup g)
    {
        var longest = TimeSpan.Zero;
        var lastAnswer = Stopwatch.StartNew();
        while (!_stop.IsCancellationRequested)
        {
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            attempt.CancelAfter(TimeSpan.FromSeconds(2));
            try
            {
                using var response = await g.Ines.Http.GetAsync($"/api/sessions/{g.Id}", attempt.Token);
                if (response.IsSuccessStatusCode)
                {
                    longest = lastAnswer.Elapsed > longest ? lastAnswer.Elapsed : longest;
                    lastAnswer.Restart();
                }
            }
            catch (Exception e) when (e is OperationCanceledException or HttpRequestException)
            {
                // Not answered: the silence goes on.
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        // A silence still going on when the watch stops counts too.
        return lastAnswer.Elapsed > longest ? lastAnswer.Elapsed : longest;
    }
}
