using System.Globalization;
using System.Text.Json;
using PracticePlatform.Cli.Input;

namespace PracticePlatform.Cli.Output;

/// <summary>Renders a <see cref="SimRunReport"/> as a human summary ending in `digest: &lt;hex&gt;`, or as one JSON object.</summary>
public static class SimRunText
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void WriteJson(SimRunReport report, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(report, Json));

    public static void WriteSummary(SimRunReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"scenario: {report.Scenario} v{report.Version}, seed {report.Seed}, ran {SimTime.Format(report.DurationSeconds)}"));
        foreach (var action in report.Actions)
        {
            output.WriteLine($"  {SimTime.Format(action.Second)} {action.Command} -> {(action.Ok ? "ok" : "failed")}: {action.Output}");
        }

        output.WriteLine($"restored: {(report.Restored ? "yes" : "no")}");
        output.WriteLine(report.ImpactStartMinute is { } start
            ? $"impact: {SimTime.Format(start * 60)} to {(report.ImpactOngoing ? "ongoing" : SimTime.Format((report.ImpactEndMinute!.Value + 1) * 60))}"
            : "impact: none");
        foreach (var type in report.RequestTypes)
        {
            output.WriteLine(string.Create(c, $"  {type.Id,-16} failed {type.Failed,9} of {type.Attempted,9} ({type.FailedShare:P2})"));
        }

        output.WriteLine($"alarms fired: {report.Alarms.Length}");
        foreach (var alarm in report.Alarms)
        {
            output.WriteLine($"  {SimTime.Format(alarm.Second)} {alarm.Rule} ({alarm.Severity})");
        }

        output.WriteLine($"digest: {report.Digest}");
    }
}
