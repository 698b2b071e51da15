using System.Collections.Immutable;
using PracticePlatform.Simulation.Tools;
using YamlDotNet.RepresentationModel;

namespace PracticePlatform.Simulation.Scenarios;

internal sealed partial class ScenarioReader
{
    private ImmutableArray<PlaySpec> ReadPlays(YamlMap parent, ImmutableArray<ToolPack> tools)
    {
        var builder = ImmutableArray.CreateBuilder<PlaySpec>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in parent.Sequence("plays"))
        {
            var map = new YamlMap(item, _problems, "a play", "name", "steps", "outcome");
            var name = map.Text("name", required: true);
            var what = $"play '{name}'";
            if (name.Length > 0 && !names.Add(name))
            {
                _problems.Add(map.MarkOf("name"), $"duplicate play name '{name}'");
            }

            var steps = ReadSteps(map, tools, what);
            var outcome = map.Raw("outcome") is { } node ? ReadOutcome(node, what) : Missing(map, "outcome", new PlayOutcome(false));
            builder.Add(new PlaySpec(name, steps, outcome, (int)item.Start.Line));
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<PlayStep> ReadSteps(YamlMap play, ImmutableArray<ToolPack> tools, string what)
    {
        var builder = ImmutableArray.CreateBuilder<PlayStep>();
        var previous = TimeSpan.Zero;
        foreach (var item in play.Sequence("steps"))
        {
            var step = new YamlMap(item, _problems, $"a step of {what}", "at", "run");
            var at = step.Duration("at", required: true);
            if (at is { } time && time < previous)
            {
                _problems.Add(step.MarkOf("at"), $"steps of {what} must be in time order: {Text.Durations.Format(time)} comes after {Text.Durations.Format(previous)}");
            }

            previous = at is { } t && t > previous ? t : previous;
            var run = step.Text("run", required: true);
            if (run.Length > 0 && CommandInterpreter.Unavailable(tools, run) is { } problem)
            {
                _problems.Add(step.MarkOf("run"), $"step of {what} runs an unknown command: {problem}");
            }

            if (at is not null && run.Length > 0)
            {
                builder.Add(new PlayStep(at.Value, run));
            }
        }

        return builder.ToImmutable();
    }

    private PlayOutcome ReadOutcome(YamlNode node, string what)
    {
        var map = new YamlMap(node, _problems, $"the outcome of {what}", "restored", "impact_start", "impact_end");
        if (!map.Has("restored"))
        {
            _problems.Add(map.Start, $"the outcome of {what} must say 'restored: true' or 'restored: false'");
        }

        return new PlayOutcome(map.Boolean("restored") ?? false, Window(map, "impact_start", what), Window(map, "impact_end", what));
    }

    private TimeWindow? Window(YamlMap map, string key, string what)
    {
        var text = map.String(key);
        if (text is null)
        {
            return null;
        }

        if (TimeWindow.TryParse(text, out var window))
        {
            return window;
        }

        _problems.Add(map.MarkOf(key), $"'{key}' of {what} must be a range of times such as 10m..14m (earliest first), not '{text}'");
        return null;
    }
}
