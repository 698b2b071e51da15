using System.Diagnostics;

namespace PracticePlatform.Api.Bench;

/// <summary>Successful requests per second of concurrent workers, each sending its next request when the last is answered.</summary>
internal static class RequestRate
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>
    /// For each of <paramref name="loads"/>, the median of <paramref name="repeats"/> measurements after a warm-up.
    /// The loads take turns (one measurement of each per round), so a burst of other work on the machine weighs on
    /// all of them alike. Any failed answer ends the run.
    /// </summary>
    public static async Task<IReadOnlyList<double>> MediansAsync(IReadOnlyList<Func<Task<HttpResponseMessage>>> loads, int workers, TimeSpan duration, int repeats)
    {
        foreach (var send in loads)
        {
            await MeasureAsync(send, workers, WarmUp);
        }
        var rates = loads.Select(_ => new List<double>()).ToList();
        for (var round = 0; round < repeats; round++)
        {
            for (var load = 0; load < loads.Count; load++)
            {
                rates[load].Add(await MeasureAsync(loads[load], workers, duration));
            }
        }
        return [.. rates.Select(r => r.Order().ElementAt(r.Count / 2))];
    }

    private static async Task<double> MeasureAsync(Func<Task<HttpResponseMessage>> send, int workers, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var count = 0;
            while (clock.Elapsed < duration)
            {
                using var response = await send();
                await response.Content.LoadIntoBufferAsync();
                if (!response.IsSuccessStatusCode)
                {
                    throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri?.PathAndQuery}: {await response.Content.ReadAsStringAsync()}");
                }
                count++;
            }
            return count;
        })));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }
}
