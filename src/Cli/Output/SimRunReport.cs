using System.Collections.Immutable;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Cli.Output;

/// <summary>What `practice sim run` reports: the same facts for the text summary and for `--json`.</summary>
public sealed record SimRunReport(
    string Scenario,
    int Version,
    ulong Seed,
    long DurationSeconds,
    bool Restored,
    long? ImpactStartMinute,
    long? ImpactEndMinute,
    bool ImpactOngoing,
    ImmutableArray<SimRunRequestType> RequestTypes,
    ImmutableArray<SimRunAlarm> Alarms,
    ImmutableArray<SimRunAction> Actions,
    string Digest)
{
    public static SimRunReport Of(Cell cell, ImmutableArray<SimRunAction> actions)
    {
        var truth = cell.GroundTruth;
        return new SimRunReport(
            cell.Scenario.Id,
            cell.Scenario.Version,
            cell.Seed,
            cell.Now,
            cell.IsRestored,
            truth.ImpactStartMinute,
            truth.ImpactEndMinute,
            truth.Ongoing,
            [.. truth.RequestTypes.Select(r => new SimRunRequestType(r.RequestType, r.Attempted, r.Failed, r.FailedShare))],
            [.. cell.AlarmEventsSince(0).Where(e => e.Firing).Select(e => new SimRunAlarm(e.Second, e.RuleId, e.Severity))],
            actions,
            cell.Digest);
    }
}

/// <summary>One request type's attempts and failures inside the impact window.</summary>
public sealed record SimRunRequestType(string Id, long Attempted, long Failed, double FailedShare);

/// <summary>An alarm that fired, at a simulated second.</summary>
public sealed record SimRunAlarm(long Second, string Rule, string Severity);

/// <summary>An action applied during the run and the first line of what it printed.</summary>
public sealed record SimRunAction(long Second, string Command, bool Ok, string Output);
