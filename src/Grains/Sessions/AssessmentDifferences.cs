using System.Collections.Immutable;
using System.Globalization;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Simulation.Tools;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// How the assessment differs from the ground truth, in sentences a responder reads once (the debrief page, report.md
/// and the CLI show the same): where the start and the end were placed against the true impact window, and each
/// request type's assessed failed share against the true share of that type's requests in the window the responders
/// assessed, which is what their share claims. Minutes are told as the wall clock the tools printed and as T+mm:ss
/// from the cell's start.
/// </summary>
public static class AssessmentDifferences
{
    public static ImmutableArray<string> Of(ImpactAssessment? assessment, long? impactStartMinute, long? impactEndMinute, bool impactOngoing, IEnumerable<RequestTypeComparison> requestTypes)
    {
        if (assessment is null)
        {
            return [impactStartMinute is { } start
                ? $"No assessment was submitted; the impact started at {At(start)} and {(impactOngoing ? "was still going on when the debrief was held" : $"its last impacted minute was {At(impactEndMinute ?? start)}")}."
                : "No assessment was submitted; the ground truth shows no impact either."];
        }
        var sentences = ImmutableArray.CreateBuilder<string>();
        if (impactStartMinute is not { } truthStart)
        {
            sentences.Add($"You placed an impact in {Minutes(assessment.StartMinute, assessment.EndMinute)}, but the ground truth shows none: no request type failed clearly above its baseline.");
        }
        else
        {
            sentences.Add(Placement("start", assessment.StartMinute, truthStart, "the impact started at"));
            sentences.Add(impactOngoing
                ? $"You placed the end at {At(assessment.EndMinute)}, but the impact was still going on when the debrief was held."
                : Placement("end", assessment.EndMinute, impactEndMinute ?? truthStart, "its last impacted minute was"));
        }
        foreach (var type in requestTypes)
        {
            sentences.Add(Share(assessment, type));
            if (type.SlowMinutes > 0)
            {
                // A share of failures says nothing of requests that worked but too slowly: say what the truth counted.
                sentences.Add($"{type.RequestType} requests were also slower than their latency objective in {Count(type.SlowMinutes, "minute")} of the impact: slow requests count as impact even when none fail.");
            }
        }
        return sentences.ToImmutable();
    }

    private static string Placement(string what, long assessed, long truth, string truthWords)
    {
        var off = assessed - truth;
        return off == 0
            ? $"You placed the {what} exactly right: {At(truth)}."
            : $"You placed the {what} {Count(Math.Abs(off), "minute")} {(off > 0 ? "late" : "early")}: you said {At(assessed)}, {truthWords} {At(truth)}.";
    }

    private static string Share(ImpactAssessment assessment, RequestTypeComparison type)
    {
        var name = type.RequestType;
        var window = $"in {Minutes(assessment.StartMinute, assessment.EndMinute)}, the window you assessed";
        if (type.AttemptedInAssessedWindow is not > 0 || type.ActualFailedShareInAssessedWindow is not { } truth)
        {
            return type.AssessedFailedShare is { } said
                ? $"You said {Percent(said)} of {name} requests failed, but there were no {name} requests {window}."
                : $"You gave no estimate for {name} failures, and there were no {name} requests {window}.";
        }
        var measured = string.Create(CultureInfo.InvariantCulture, $"{Percent(truth)} of {name} requests ({type.FailedInAssessedWindow:N0} of {type.AttemptedInAssessedWindow:N0} failed) {window}");
        if (type.AssessedFailedShare is not { } assessed)
        {
            return $"You gave no estimate for {name} failures; the truth was {measured}.";
        }
        var points = Math.Round((assessed - truth) * 100, 1);
        return points == 0
            ? $"Your estimate of {name} failures was exact: you said {Percent(assessed)}, the truth was {measured}."
            : $"You {(points > 0 ? "overestimated" : "underestimated")} {name} failures by {Count(Math.Abs(points), "point")} (you said {Percent(assessed)}, the truth was {measured}).";
    }

    /// <summary>A simulated minute as the tools' wall clock and as time since the cell started: "14:02 (T+02:00)".</summary>
    public static string At(long minute) => string.Create(CultureInfo.InvariantCulture, $"{Clock(minute)} (T+{minute:00}:00)");

    /// <summary>A window of whole minutes, first through last: "minutes 14:02 through 14:20 (T+02:00 to T+21:00)".</summary>
    public static string Minutes(long first, long last) => first == last
        ? string.Create(CultureInfo.InvariantCulture, $"minute {Clock(first)} (T+{first:00}:00 to T+{last + 1:00}:00)")
        : string.Create(CultureInfo.InvariantCulture, $"minutes {Clock(first)} through {Clock(last)} (T+{first:00}:00 to T+{last + 1:00}:00)");

    /// <summary>A simulated minute as the wall clock the tools print: "14:02".</summary>
    public static string Clock(long minute) => SimulatedClock.Epoch.AddMinutes(minute).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, 1):0.#} %");

    private static string Count(double amount, string unit) => string.Create(CultureInfo.InvariantCulture, $"{amount:0.#} {unit}{(amount == 1 ? "" : "s")}");
}
