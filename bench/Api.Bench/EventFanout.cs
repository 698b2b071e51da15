using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace PracticePlatform.Api.Bench;

/// <summary>
/// Live-event fan-out: many clients of one session each hold its event stream open, a responder posts channel
/// messages one at a time, and each client's delay from the post being sent to its reading the message is taken.
/// </summary>
internal static class EventFanout
{
    private const int Messages = 10;
    private const string Mark = "fanout-mark-";
    private static readonly TimeSpan DeliveryBound = TimeSpan.FromSeconds(10);

    /// <summary>The p99 delay over every client and message, and the share of them delivered within the bound.</summary>
    public static async Task<(double P99Ms, double DeliveredShare)> MeasureAsync(Uri address, BenchPractice practice, int streams)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue };
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", practice.ResponderToken);
        using var stop = new CancellationTokenSource();
        var posted = new long[Messages];
        var received = new int[Messages];
        var delays = new ConcurrentBag<double>();
        var readers = new ConcurrentBag<Task>();
        await Parallel.ForEachAsync(Enumerable.Range(0, streams), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (_, _) =>
        {
            var response = await http.GetAsync($"/api/sessions/{practice.Id}/events", HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            readers.Add(ReadAsync(response, reader, posted, received, delays, stop.Token));
        });

        for (var message = 0; message < Messages; message++)
        {
            Volatile.Write(ref posted[message], Stopwatch.GetTimestamp());
            using var answer = await practice.Responder.PostAsJsonAsync($"/api/sessions/{practice.Id}/channel", new { kind = "message", text = $"{Mark}{message}" });
            answer.EnsureSuccessStatusCode();
            var waited = Stopwatch.StartNew();
            while (Volatile.Read(ref received[message]) < streams && waited.Elapsed < DeliveryBound)
            {
                await Task.Delay(10);
            }
            await Task.Delay(200);
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        var sorted = delays.Order().ToList();
        var p99 = sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * 0.99) - 1)];
        return (p99, sorted.Count / (double)(streams * Messages));
    }

    private static async Task ReadAsync(HttpResponseMessage response, StreamReader reader, long[] posted, int[] received, ConcurrentBag<double> delays, CancellationToken stop)
    {
        using (response)
        using (reader)
        {
            try
            {
                while (await reader.ReadLineAsync(stop) is { } line)
                {
                    var at = line.StartsWith("data:", StringComparison.Ordinal) ? line.IndexOf(Mark, StringComparison.Ordinal) : -1;
                    if (at < 0)
                    {
                        continue;
                    }
                    var digits = line.AsSpan(at + Mark.Length);
                    var end = digits.IndexOfAnyExceptInRange('0', '9');
                    var message = int.Parse(end < 0 ? digits : digits[..end], CultureInfo.InvariantCulture);
                    delays.Add(Stopwatch.GetElapsedTime(Volatile.Read(ref posted[message])).TotalMilliseconds);
                    Interlocked.Increment(ref received[message]);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The measurement is over.
            }
        }
    }
}
