using System.Collections.Immutable;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Truth;

/// <summary>Computes the impact window and per-request-type impact from the exact minute records.</summary>
internal static class GroundTruthCalculator
{
    /// <summary>A minute is impacted when its failed share exceeds the baseline by this much.</summary>
    public const double Margin = 0.005;

    private const int Reasons = FailureReasons.Count;

    public const int SustainedRecoveryMinutes = 5;

    public static GroundTruth Compute(CellState cell)
    {
        var topology = cell.Topology;
        var truth = cell.Truth;
        var types = topology.RequestTypes.Length;
        var minutes = types == 0 ? 0 : truth.MinutesByType[0].Count;
        var firstInject = topology.Scenario.Injects.Where(i => i.At is not null).Select(i => (long)i.At!.Value.TotalMinutes).DefaultIfEmpty(long.MaxValue).Min();
        firstInject = Math.Min(firstInject, cell.Faults.Count > 0 ? cell.Faults.Min(f => f.InjectedAt) / 60 : long.MaxValue);
        var baselineEnd = Math.Min(minutes, Math.Max(0, firstInject));
        var baseline = new double[types];
        for (var r = 0; r < types; r++)
        {
            long attempted = 0, failed = 0;
            for (var m = 0; m < baselineEnd; m++)
            {
                attempted += truth.MinutesByType[r][m].Attempted;
                failed += truth.MinutesByType[r][m].Failed;
            }

            baseline[r] = attempted > 0 ? failed / (double)attempted : 0;
        }

        long? start = null, end = null;
        var calm = 0;
        for (var m = 0; m < minutes; m++)
        {
            var impacted = false;
            for (var r = 0; r < types; r++)
            {
                var cellMinute = truth.MinutesByType[r][m];
                impacted |= cellMinute.Attempted > 0 && cellMinute.Failed / (double)cellMinute.Attempted > baseline[r] + Margin;
                impacted |= TooSlow(topology.RequestTypes[r], cellMinute);
            }

            if (impacted)
            {
                start ??= m;
                end = m;
                calm = 0;
            }
            else if (start is not null)
            {
                calm++;
            }
        }

        var ongoing = start is not null && calm < SustainedRecoveryMinutes;
        var impacts = ImmutableArray.CreateBuilder<RequestTypeImpact>(types);
        for (var r = 0; r < types; r++)
        {
            impacts.Add(Impact(cell, r, baseline[r], start, end));
        }

        return new GroundTruth(minutes, start, end, ongoing, impacts.MoveToImmutable());
    }

    /// <summary>Whether a minute's successful requests were slower at p99 than the request type's objective.</summary>
    private static bool TooSlow(Scenarios.RequestTypeSpec spec, MinuteCell minute) =>
        spec.SloMs is { } slo && minute.Attempted > minute.Failed && minute.P99 > slo;

    private static RequestTypeImpact Impact(CellState cell, int r, double baseline, long? start, long? end)
    {
        var list = cell.Truth.MinutesByType[r];
        var minutes = ImmutableArray.CreateBuilder<MinuteTruth>(list.Count);
        long attempted = 0, failed = 0;
        var slow = 0;
        var reasons = new long[Reasons];
        for (var m = 0; m < list.Count; m++)
        {
            var minute = ToTruth(cell, m, list[m]);
            minutes.Add(minute);
            if (start is null || m < start || m > end)
            {
                continue;
            }

            slow += TooSlow(cell.Topology.RequestTypes[r], list[m]) ? 1 : 0;
            attempted += minute.Attempted;
            failed += minute.Failed;
            foreach (var (reason, count) in minute.FailedByReason)
            {
                reasons[(int)reason] += count;
            }
        }

        return new RequestTypeImpact(cell.Topology.RequestTypes[r].Id, baseline, attempted, failed,
            attempted > 0 ? failed / (double)attempted : 0, ToReasons(reasons), minutes.MoveToImmutable(), slow);
    }

    private static MinuteTruth ToTruth(CellState cell, long minute, MinuteCell m)
    {
        var reasons = new long[Reasons];
        if (m.ReasonSlot >= 0)
        {
            for (var k = 0; k < Reasons; k++)
            {
                reasons[k] = cell.Truth.ReasonSlots[m.ReasonSlot + k];
            }
        }

        return new MinuteTruth(minute, m.Attempted, m.Failed, ToReasons(reasons), m.P50, m.P95, m.P99);
    }

    private static ImmutableSortedDictionary<FailureReason, long> ToReasons(long[] counts)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<FailureReason, long>();
        for (var k = 0; k < counts.Length; k++)
        {
            if (counts[k] > 0)
            {
                builder[(FailureReason)k] = counts[k];
            }
        }

        return builder.ToImmutable();
    }
}
