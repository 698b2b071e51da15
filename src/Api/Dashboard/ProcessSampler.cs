using System.Diagnostics;

namespace PracticePlatform.Api.Dashboard;

/// <summary>The silo process's CPU (share of all cores since the last sample) and memory.</summary>
public sealed class ProcessSampler
{
    private readonly Lock _lock = new();
    private TimeSpan _cpu;
    private long _at = Stopwatch.GetTimestamp();
    private double _cpuPercent;

    public ProcessSampler()
    {
        using var process = Process.GetCurrentProcess();
        _cpu = process.TotalProcessorTime;
        StartedAt = process.StartTime.ToUniversalTime();
    }

    public DateTime StartedAt { get; }

    /// <summary>CPU used since the previous sample, as a percentage of every core.</summary>
    public double CpuPercent
    {
        get
        {
            lock (_lock)
            {
                return _cpuPercent;
            }
        }
    }

    public void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            var wall = Stopwatch.GetElapsedTime(_at, now);
            if (wall > TimeSpan.Zero)
            {
                _cpuPercent = Math.Clamp((cpu - _cpu).TotalMilliseconds / wall.TotalMilliseconds / Environment.ProcessorCount * 100, 0, 100);
            }
            (_cpu, _at) = (cpu, now);
        }
    }

    public SiloFigures Figures()
    {
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        return new SiloFigures(
            Environment.MachineName,
            Environment.ProcessorCount,
            Math.Round(CpuPercent, 1),
            process.WorkingSet64 / (1024 * 1024),
            GC.GetTotalMemory(false) / (1024 * 1024),
            gc.TotalAvailableMemoryBytes / (1024 * 1024),
            [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)],
            process.Threads.Count,
            (long)(DateTime.UtcNow - StartedAt).TotalSeconds);
    }
}
