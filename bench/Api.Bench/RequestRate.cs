using System.Diagnostics;

namespace PracticePlatform.Api.Bench;

/// <summary>Successful requests per second of concurrent workers, each sending its next request when the last is answered.</summary>
internal static class RequestRate
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    /// <summary>The median of <paramref name="repeats"/> measurements, after a warm-up; any failed answer ends the run.</summary>
    public static async Task<double> MedianAsync(Func<Task<HttpResponseMessage>> send, int workers, TimeSpan duration, int repeats)
    {
        await MeasureAsync(send, workers, WarmUp);
        var rates = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            rates.Add(await MeasureAsync(send, workers, duration));
        }
        rates.Sort();
        return rates[rates.Count / 2];
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
