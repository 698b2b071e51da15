using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using PracticePlatform.Api.Apis;
using PracticePlatform.Testing;

namespace PracticePlatform.Cluster.Bench;

/// <summary>
/// A three-silo cluster over a throwaway PostgreSQL, with a frontend, on this machine, all real processes:
/// <list type="bullet">
/// <item><c>cluster.failover_ms</c>: SIGKILL of the silo holding a live session to the first successful read of
/// that session through the frontend, p50 and max over several kills (each silo started again after).</item>
/// <item><c>cluster.rolling_restart_max_pause_ms</c>: every silo stopped (SIGTERM) and started again, one after
/// another, while every session is read every second: the longest any session went without answering.</item>
/// <item><c>cluster.sessions_per_silo</c> and <c>cluster.tick_lag_p99_ms</c>: the live 1x sessions each silo held
/// (placement spreads them) and, after they ran a while, the worst silo's p99 lag of a simulated second, scraped
/// from the silos' <c>/metrics</c>.</item>
/// </list>
/// </summary>
internal static class ClusterBenchmark
{
    private static readonly TimeSpan ReadBound = TimeSpan.FromSeconds(2);

    /// <summary>With PRACTICE_TEST_TRACE set, the rolling restart's answers and steps, printed to standard error after it.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentQueue<(DateTime At, string What)>? Trace =
        Environment.GetEnvironmentVariable("PRACTICE_TEST_TRACE") is { Length: > 0 } ? new() : null;

    public static async Task RunAsync(TextWriter output, int sessionCount, int kills)
    {
        var cluster = new SiloCluster();
        await cluster.InitializeAsync();
        try
        {
            await cluster.SettledAsync();
            var driver = new PracticeDriver(cluster.CreateClient, SiloCluster.AdminToken);
            var runs = await StartSessionsAsync(driver, sessionCount);
            var sessions = runs.Select(run => run.Id).ToList();
            using var admin = driver.Admin();
            await MeasureLagAsync(output, cluster, sessions.Count);
            var failovers = new List<double>();
            for (var kill = 0; kill < kills; kill++)
            {
                var session = sessions[kill % sessions.Count];
                // A session whose silo died earlier is back in memory at its next call (or its pace reminder).
                await FirstAnswerAsync(admin, session);
                var host = cluster.SiloAt((await admin.GetFromJsonAsync<RuntimeApi.SessionHost>($"/api/runtime/sessions/{session}"))!.Silo!);
                await cluster.KillSiloAsync(host);
                var clock = Stopwatch.StartNew();
                await FirstAnswerAsync(admin, session);
                failovers.Add(clock.Elapsed.TotalMilliseconds);
                await cluster.StartSiloAsync(host);
                await cluster.SettledAsync();
            }
            failovers.Sort();
            Print(output, "cluster.failover_ms_p50", failovers[failovers.Count / 2], "ms");
            Print(output, "cluster.failover_ms_max", failovers[^1], "ms");

            var (longest, slowestStop) = await RollingRestartAsync(cluster, admin, runs);
            Print(output, "cluster.rolling_restart_max_pause_ms", longest.TotalMilliseconds, "ms");
            Print(output, "cluster.graceful_stop_max_ms", slowestStop, "ms");
            Print(output, "cluster.sessions", sessions.Count, "sessions");
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    /// <summary>
    /// <c>cluster.sessions_per_silo</c> searched for: live 1x sessions are added in growing steps (half as many
    /// again each time), and after each step has run 30 s the worst silo's recent tick lag p99 is read; the search
    /// stops at the first step over <paramref name="lagGoalMs"/> or at <paramref name="limit"/> sessions. Prints
    /// each step, then the most sessions per silo that stayed within the goal.
    /// </summary>
    public static async Task RunCapacityAsync(TextWriter output, int firstStep, int limit, double lagGoalMs = 1_100)
    {
        var cluster = new SiloCluster();
        await cluster.InitializeAsync();
        try
        {
            await cluster.SettledAsync();
            var driver = new PracticeDriver(cluster.CreateClient, SiloCluster.AdminToken);
            var started = 0;
            var held = (Sessions: 0, LagMs: 0.0);
            for (var target = firstStep; started < limit; target = Math.Min(limit, target + Math.Max(firstStep, target / 2)))
            {
                started += (await StartSessionsAsync(driver, target - started, first: started)).Count;
                await Task.Delay(TimeSpan.FromSeconds(30));
                var lag = await WorstLagP99Async(cluster);
                await Console.Error.WriteLineAsync($"capacity step: {started} sessions, tick lag p99 {lag:0} ms");
                if (lag > lagGoalMs)
                {
                    break;
                }
                held = (started, lag);
            }
            Print(output, "cluster.sessions_per_silo", held.Sessions / (double)SiloCluster.SiloCount, "sessions");
            Print(output, "cluster.sessions_held", held.Sessions, "sessions");
            Print(output, "cluster.tick_lag_p99_at_held_ms", held.LagMs, "ms");
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    /// <summary>Starts the sessions through the frontend, eight at a time, numbered from <paramref name="first"/>.</summary>
    private static async Task<List<PracticeRun>> StartSessionsAsync(PracticeDriver driver, int count, int first = 0)
    {
        var sessions = new PracticeRun[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                sessions[i] = await driver.StartSessionAsync(first + i);
            }
        }));
        return [.. sessions];
    }

    /// <summary>Lets the sessions run 30 s on the real clock, then reads each silo's recent tick lag p99 from its metrics.</summary>
    private static async Task MeasureLagAsync(TextWriter output, SiloCluster cluster, int sessions)
    {
        await Task.Delay(TimeSpan.FromSeconds(30));
        Print(output, "cluster.sessions_per_silo_run", sessions / (double)SiloCluster.SiloCount, "sessions");
        Print(output, "cluster.tick_lag_p99_ms", await WorstLagP99Async(cluster), "ms");
    }

    /// <summary>The worst silo's recent p99 lag of a simulated second, from the silos' own metrics.</summary>
    private static async Task<double> WorstLagP99Async(SiloCluster cluster)
    {
        using var http = new HttpClient();
        // A silo's metrics are for the admin token (the cluster's processes all have the same one).
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", SiloCluster.AdminToken);
        var worst = 0.0;
        for (var index = 0; index < SiloCluster.SiloCount; index++)
        {
            var metrics = await http.GetStringAsync(new Uri(cluster.SiloHttp(index), "/metrics"));
            var line = metrics.Split('\n').FirstOrDefault(l => l.StartsWith("practice_cell_tick_lag_recent_p99", StringComparison.Ordinal));
            if (line is not null)
            {
                worst = Math.Max(worst, double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
            }
        }
        return worst;
    }

    /// <summary>
    /// Each session is watched by its own instigator, with their own token: one token reading every session would
    /// meet the API's per-token rate limit (50 a second) and count its refusals as pauses.
    /// </summary>
    private static async Task<(TimeSpan LongestPause, double SlowestStopMs)> RollingRestartAsync(SiloCluster cluster, HttpClient client, IReadOnlyList<PracticeRun> runs)
    {
        using var stop = new CancellationTokenSource();
        var watching = runs.Select(run => WatchAsync(client, run.Id, run.InstigatorToken, stop.Token)).ToList();
        var stopping = new List<double>();
        for (var index = 0; index < SiloCluster.SiloCount; index++)
        {
            var clock = Stopwatch.StartNew();
            Trace?.Enqueue((DateTime.UtcNow, $"stopping silo {index}"));
            await cluster.StopSiloAsync(index);
            stopping.Add(clock.Elapsed.TotalMilliseconds);
            Trace?.Enqueue((DateTime.UtcNow, $"stopped silo {index}"));
            await cluster.StartSiloAsync(index);
            Trace?.Enqueue((DateTime.UtcNow, $"started silo {index}"));
        }
        await stop.CancelAsync();
        if (Trace is not null)
        {
            foreach (var second in Trace.GroupBy(entry => entry.At.ToString("HH:mm:ss", CultureInfo.InvariantCulture)).OrderBy(group => group.Key))
            {
                var steps = string.Join("; ", second.Where(entry => !entry.What.StartsWith("answer", StringComparison.Ordinal)).Select(entry => entry.What));
                await Console.Error.WriteLineAsync($"{second.Key} answers {second.Count(entry => entry.What.StartsWith("answer", StringComparison.Ordinal))} {steps}");
            }
        }
        return ((await Task.WhenAll(watching)).Max(), stopping.Max());
    }

    /// <summary>The longest this session went without a successful read, reading every second.</summary>
    private static async Task<TimeSpan> WatchAsync(HttpClient client, Guid session, string token, CancellationToken stop)
    {
        var longest = TimeSpan.Zero;
        var lastAnswer = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested)
        {
            if (await AnswersAsync(client, session, token))
            {
                Trace?.Enqueue((DateTime.UtcNow, "answer"));
                longest = lastAnswer.Elapsed > longest ? lastAnswer.Elapsed : longest;
                lastAnswer.Restart();
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        // A silence still going on when the watch stops counts too.
        return lastAnswer.Elapsed > longest ? lastAnswer.Elapsed : longest;
    }

    private static async Task FirstAnswerAsync(HttpClient admin, Guid session)
    {
        var clock = Stopwatch.StartNew();
        while (!await AnswersAsync(admin, session))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"Session {session} did not answer within 60 s of its silo's death.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient client, Guid session, string? token = null)
    {
        using var attempt = new CancellationTokenSource(ReadBound);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session}");
            if (token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }
            using var response = await client.SendAsync(request, attempt.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException)
        {
            return false;
        }
    }

    private static void Print(TextWriter output, string name, double value, string unit) =>
        output.WriteLine($"{name}: {value.ToString("0.##", CultureInfo.InvariantCulture)} {unit}");
}
