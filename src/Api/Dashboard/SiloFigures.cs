using System.Collections.Immutable;

namespace PracticePlatform.Api.Dashboard;

/// <summary>One silo's host and process figures: CPU as a share of all cores, memory in MiB, GC collections per generation.</summary>
public sealed record SiloFigures(
    string Host,
    int Processors,
    double CpuPercent,
    long WorkingSetMb,
    long GcHeapMb,
    long AvailableMemoryMb,
    ImmutableArray<int> GcCollections,
    int Threads,
    long UptimeSeconds);
