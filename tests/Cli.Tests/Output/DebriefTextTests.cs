using System.Collections.Immutable;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Tests.Output;

/// <summary>`practice session debrief` prints the differences between the assessment and the ground truth in the server's words.</summary>
public sealed class DebriefTextTests
{
    [Fact]
    public void Debrief_PrintsHowTheAssessmentDiffers_AfterTheRequestTypes()
    {
        var debrief = new Debrief(
            "manta-webapi-crash", new ImpactAssessment(2, 5, ImmutableSortedDictionaryOf(("get-object", 0.4)), "crash", "cleared"), 1, 1, false,
            [new RequestTypeComparison("get-object", 0.4, 0.062, 1000, 62)], 60, 30, 60, 240, 300, 2, 0, 0, true, [], [], [], [])
        {
            Differences = ["You placed the start 1 minute late: you said 14:02 (T+02:00), the impact started at 14:01 (T+01:00).", "You overestimated get-object failures by 40 points."],
        };
        using var output = new StringWriter();

        DebriefText.Write(output, debrief);

        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.Contains("\nhow the assessment differs from the ground truth:\n  - You placed the start 1 minute late: you said 14:02 (T+02:00), the impact started at 14:01 (T+01:00).\n  - You overestimated get-object failures by 40 points.\n", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("get-object", StringComparison.Ordinal) < text.IndexOf("how the assessment differs", StringComparison.Ordinal));
    }

    private static ImmutableSortedDictionary<string, double> ImmutableSortedDictionaryOf(params (string Key, double Value)[] pairs) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)));
}
