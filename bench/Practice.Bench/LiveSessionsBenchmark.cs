using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Cells;
using PracticePlatform.Silo.Hosting;

namespace PracticePlatform.Practice.Bench;

/// <summary>
/// Many live practice sessions in one silo, on the real clock: each session's 1 s timer polls its cell grain, which
/// catches up with the clock. Measures how late the cells' seconds run (the tick lag the cells record: up to 1 s by
/// design, since a cell is advanced when its session polls it each second, so it mostly shows the timers' phase),
/// the CPU spent per live session-second, and the memory a live session costs. Storage is in memory, so this measures
/// Orleans and the simulator, not the disk.
/// </summary>
public static class LiveSessionsBenchmark
{
    private const string Scenario = "manta-webapi-crash";

    public static async Task RunAsync(TextWriter output, int sessions, TimeSpan duration)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["PRACTICE_STORAGE"] = "memory" });
        builder.AddPracticeSilo();
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        await StartSessionAsync(grains, -1);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        var ids = new List<Guid>(sessions);
        for (var i = 0; i < sessions; i++)
        {
            ids.Add(await StartSessionAsync(grains, i));
        }
        var perSession = (GC.GetTotalMemory(forceFullCollection: true) - baseline) / (double)sessions;

        var lags = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CellInstruments.MeterName && instrument.Name == "practice-cell-tick-lag")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (lags)
            {
                lags.Add(value);
            }
        });
        listener.Start();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        while (clock.Elapsed < duration && await timer.WaitForNextTickAsync())
        {
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var elapsed = clock.Elapsed;
        listener.Dispose();

        double[] sorted;
        lock (lags)
        {
            sorted = [.. lags.Order()];
        }
        Line(output, "practice.live_sessions", sessions, "sessions");
        Line(output, "practice.tick_lag_p50_ms", Percentile(sorted, 0.50), "ms");
        Line(output, "practice.tick_lag_p99_ms", Percentile(sorted, 0.99), "ms");
        Line(output, "practice.cpu_per_session_second_us", cpu.TotalMicroseconds / (sessions * elapsed.TotalSeconds), "us");
        Line(output, "practice.session_bytes", perSession, "bytes");
        await host.StopAsync();
    }

    private static async Task<Guid> StartSessionAsync(IGrainFactory grains, int index)
    {
        var instigator = await PersonAsync(grains, $"instigator-{index}", canInstigate: true);
        var responder = await PersonAsync(grains, $"responder-{index}", canInstigate: false);
        var id = Guid.NewGuid();
        var session = grains.GetGrain<ISessionGrain>(id);
        await session.CreateAsync(Caller.Admin, new NewSession(Scenario, (ulong)index, null, null, Contracts.Notifications.NotificationTargets.None));
        await session.AddParticipantAsync(Caller.Admin, instigator, ParticipantRole.Instigator, adminOverride: false);
        await session.AddParticipantAsync(Caller.Admin, responder, ParticipantRole.Responder, adminOverride: false);
        await session.StartAsync(Caller.Admin);
        return id;
    }

    private static async Task<Guid> PersonAsync(IGrainFactory grains, string name, bool canInstigate)
    {
        var id = Guid.NewGuid();
        await grains.GetGrain<IPersonGrain>(id).CreateAsync(new NewPerson(name, null, Experience.Intermediate, new Prerequisites(true, true), canInstigate, id.ToString("N")));
        return id;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void Line(TextWriter output, string name, double value, string unit) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.##} {unit}"));
}
