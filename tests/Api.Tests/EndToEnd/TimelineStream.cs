using System.Text.Json;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.EndToEnd;

/// <summary>
/// Reads a session's server-sent timeline events as they arrive, so a test against a process on the real clock
/// waits for what happened (an alarm, a restoration) instead of sleeping or polling.
/// </summary>
public sealed class TimelineStream : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TimelineEntry> _entries = [];
    private readonly Task _reading;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TimelineStream(HttpClient http, Guid session)
    {
        _http = http;
        _reading = ReadAsync(session);
    }

    /// <summary>Follows <paramref name="session"/>'s timeline from its start, as the holder of <paramref name="token"/> sees it.</summary>
    public static TimelineStream Follow(Func<HttpClient> clients, string token, Guid session)
    {
        var http = clients();
        http.Timeout = Timeout.InfiniteTimeSpan;
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new TimelineStream(http, session);
    }

    /// <summary>Waits for an entry matching <paramref name="match"/>; the timeout message names <paramref name="what"/>.</summary>
    public async Task<TimelineEntry> WaitForAsync(Func<TimelineEntry, bool> match, string what, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        while (true)
        {
            Task arrived;
            lock (_entries)
            {
                var found = _entries.FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }
                arrived = _arrived.Task;
            }
            if (_reading.IsCompleted)
            {
                await _reading;
                throw new InvalidOperationException($"The event stream ended before {what}.");
            }
            try
            {
                await Task.WhenAny(arrived, _reading).WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                string seen;
                lock (_entries)
                {
                    seen = string.Join("\n", _entries.Select(e => $"{e.Sequence} {e.Second}s {e.Kind} {e.Actor}: {e.Text}"));
                }
                throw new TimeoutException($"Timed out after {patience.TotalSeconds:0} s waiting for {what}; the stream carried:\n{seen}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            // The stream was cut: by us, or by the process going away.
        }
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync(Guid session)
    {
        using var response = await _http.GetAsync($"/api/sessions/{session}/events?after=0", HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }
            var entry = JsonSerializer.Deserialize<TimelineEntry>(line["data: ".Length..], PracticeClient.Json)!;
            lock (_entries)
            {
                _entries.Add(entry);
                _arrived.TrySetResult();
                _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
