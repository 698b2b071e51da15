using System.Collections.Immutable;

namespace PracticePlatform.Api.Dashboard;

/// <summary>Everything the runtime dashboard shows at one second; latencies in milliseconds, rates per second.</summary>
public sealed record DashboardSnapshot(
    DateTimeOffset At,
    ImmutableArray<SiloFigures> Silos,
    int Activations,
    ImmutableArray<TypeCount> ActivationsByType,
    int Reminders,
    ImmutableArray<ReminderFigures> NextReminders,
    CallFigures Calls,
    ImmutableArray<SeriesPoint> Series,
    ImmutableArray<MethodFigures> MostCalls,
    ImmutableArray<MethodFigures> MostErrors,
    ImmutableArray<MethodFigures> Slowest,
    PracticeFigures Practice);

/// <summary>Live activations of one grain type.</summary>
public sealed record TypeCount(string Type, int Count);

/// <summary>A reminder due soon: its grain, name, period and how many seconds until its next tick.</summary>
public sealed record ReminderFigures(string Grain, string Name, double PeriodSeconds, double DueInSeconds);

/// <summary>Call rate, error rate and latency over the last ten seconds, and totals since watching started.</summary>
public sealed record CallFigures(double CallsPerSecond, double ErrorRatePercent, double AverageMs, double P99Ms, long TotalCalls, long TotalErrors);

/// <summary>One second of the call-rate and latency chart; <see cref="T"/> counts seconds back from now (0 = the last).</summary>
public sealed record SeriesPoint(int T, long Calls, long Errors, double AverageMs, double P99Ms);

/// <summary>The practice platform's own figures: sessions by state, cells in memory and paced, and their tick lag.</summary>
public sealed record PracticeFigures(ImmutableSortedDictionary<string, int> SessionsByState, long? LiveCells, long? ActiveCells, double TickLagAverageMs, double TickLagP99Ms);
