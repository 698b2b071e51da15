using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Grains.Tests.Sessions;

/// <summary>The differences between the assessment and the ground truth, in the words the debrief shows (the tools' clock starts at 14:00).</summary>
public sealed class AssessmentDifferencesTests
{
    private static ImpactAssessment Assessed(long start, long end, params (string Type, double Share)[] shares) =>
        new(start, end, shares.ToImmutableSortedDictionary(s => s.Type, s => s.Share, StringComparer.Ordinal), "crash", "cleared");

    private static RequestTypeComparison Type(string name, double? said, long attempted, long failed) =>
        new(name, said, 0.5, 100, 50, attempted == 0 ? null : (double)failed / attempted, attempted, failed);

    [Fact]
    public void A_late_start_and_an_overestimate_say_by_how_much_and_what_the_share_is_measured_over()
    {
        var words = AssessmentDifferences.Of(Assessed(2, 20, ("get-object", 0.4)), 0, 20, false, [Type("get-object", 0.4, 1000, 270)]);

        Assert.Equal(
            [
                "You placed the start 2 minutes late: you said 14:02 (T+02:00), the impact started at 14:00 (T+00:00).",
                "You placed the end exactly right: 14:20 (T+20:00).",
                "You overestimated get-object failures by 13 points (you said 40 %, the truth was 27 % of get-object requests (270 of 1,000 failed) in minutes 14:02 through 14:20 (T+02:00 to T+21:00), the window you assessed).",
            ],
            words.ToArray());
    }

    [Fact]
    public void Minutes_slower_than_the_objective_are_told_beside_the_share()
    {
        var slow = Type("get-object", 0.0, 1000, 0) with { SlowMinutes = 3 };

        var words = AssessmentDifferences.Of(Assessed(2, 6, ("get-object", 0.0)), 2, 6, false, [slow, Type("put-object", 0.0, 100, 0)]);

        Assert.Equal("get-object requests were also slower than their latency objective in 3 minutes of the impact: slow requests count as impact even when none fail.", words[3]);
        Assert.Equal(5, words.Length);
    }

    [Fact]
    public void An_early_start_a_late_end_and_an_underestimate_say_so()
    {
        var words = AssessmentDifferences.Of(Assessed(3, 12, ("put-object", 0.1)), 4, 10, false, [Type("put-object", 0.1, 400, 50)]);

        Assert.Equal("You placed the start 1 minute early: you said 14:03 (T+03:00), the impact started at 14:04 (T+04:00).", words[0]);
        Assert.Equal("You placed the end 2 minutes late: you said 14:12 (T+12:00), its last impacted minute was 14:10 (T+10:00).", words[1]);
        Assert.Equal("You underestimated put-object failures by 2.5 points (you said 10 %, the truth was 12.5 % of put-object requests (50 of 400 failed) in minutes 14:03 through 14:12 (T+03:00 to T+13:00), the window you assessed).", words[2]);
    }

    [Fact]
    public void An_exact_estimate_and_a_missing_one_are_told_apart()
    {
        var words = AssessmentDifferences.Of(Assessed(5, 5, ("get-object", 0.25)), 5, 9, false, [Type("get-object", 0.25, 200, 50), Type("list-directory", null, 100, 3)]);

        Assert.Equal("You placed the start exactly right: 14:05 (T+05:00).", words[0]);
        Assert.Equal("You placed the end 4 minutes early: you said 14:05 (T+05:00), its last impacted minute was 14:09 (T+09:00).", words[1]);
        Assert.Equal("Your estimate of get-object failures was exact: you said 25 %, the truth was 25 % of get-object requests (50 of 200 failed) in minute 14:05 (T+05:00 to T+06:00), the window you assessed.", words[2]);
        Assert.Equal("You gave no estimate for list-directory failures; the truth was 3 % of list-directory requests (3 of 100 failed) in minute 14:05 (T+05:00 to T+06:00), the window you assessed.", words[3]);
    }

    [Fact]
    public void An_ongoing_impact_no_impact_and_no_assessment_are_said_plainly()
    {
        var ongoing = AssessmentDifferences.Of(Assessed(1, 30), 1, 40, true, []);
        var none = AssessmentDifferences.Of(Assessed(1, 3), null, null, false, []);
        var unassessed = AssessmentDifferences.Of(null, 61, 75, false, [Type("get-object", null, 10, 5)]);

        Assert.Equal("You placed the end at 14:30 (T+30:00), but the impact was still going on when the debrief was held.", ongoing[1]);
        Assert.Equal("You placed an impact in minutes 14:01 through 14:03 (T+01:00 to T+04:00), but the ground truth shows none: no request type failed clearly above its baseline.", Assert.Single(none));
        Assert.Equal("No assessment was submitted; the impact started at 15:01 (T+61:00) and its last impacted minute was 15:15 (T+75:00).", Assert.Single(unassessed));
    }
}
