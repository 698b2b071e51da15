using System.Collections.Immutable;
using PracticePlatform.Simulation.Text;

namespace PracticePlatform.Simulation.Scenarios;

internal sealed partial class ScenarioReader
{

    private ImmutableArray<AlarmRuleSpec> ReadAlarms(YamlMap parent)
    {
        var builder = ImmutableArray.CreateBuilder<AlarmRuleSpec>();
        foreach (var item in parent.Sequence("alarm_rules", required: true))
        {
            var map = new YamlMap(item, _problems, "an alarm rule", "id", "kind", "target", "metric", "threshold", "below", "for", "severity");
            var id = map.Text("id", required: true);
            var what = $"alarm rule '{id}'";
            var kind = map.Enum<AlarmKind>("kind", required: true) ?? AlarmKind.ProcessDown;
            var target = map.Text("target", required: true);
            var allowed = kind is AlarmKind.ErrorRate or AlarmKind.Latency
                ? EntityKind.RequestType | EntityKind.Everything
                : EntityKind.Service | EntityKind.Instance | EntityKind.Everything;
            if (target.Length > 0)
            {
                Reference(target, allowed, map.MarkOf("target"), $"'target' of {what}");
            }

            MetricKind? metric = null;
            if (kind == AlarmKind.MetricThreshold)
            {
                metric = map.Enum<MetricKind>("metric", required: true);
            }
            else if (map.Has("metric"))
            {
                _problems.Add(map.MarkOf("metric"), $"'metric' only applies to metric-threshold alarms, not to {YamlMap.Kebab(kind.ToString())} ({what})");
            }

            var needsThreshold = kind != AlarmKind.ProcessDown;
            var (min, max) = kind is AlarmKind.DiskAbove or AlarmKind.ErrorRate ? (0.0, 1.0) : (0.0, double.MaxValue);
            var threshold = map.Number("threshold", required: needsThreshold, min: min, max: max) ?? 0;
            if (metric == MetricKind.Memory && map.Has("threshold") && threshold < 1)
            {
                _problems.Add(map.MarkOf("threshold"), $"'threshold' of {what} is in MB for metric memory, so {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)} MB would always fire; write megabytes (for example 1800 for 90 % of a 2048 MB limit)");
            }

            var holdFor = map.Duration("for") ?? TimeSpan.FromMinutes(1);
            var spec = new AlarmRuleSpec(id, kind, target, metric, threshold, map.Boolean("below") ?? false, holdFor,
                map.String("severity") ?? "critical");
            if (id.Length > 0 && Declare(id, EntityKind.AlarmRule, map.MarkOf("id")))
            {
                builder.Add(spec);
            }
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<ToolPack> ReadTools(YamlMap parent)
    {
        var builder = ImmutableArray.CreateBuilder<ToolPack>();
        var names = Enum.GetNames<ToolPack>().Select(YamlMap.Kebab).ToArray();
        foreach (var (value, mark) in parent.Strings("tools", required: true))
        {
            var index = Array.IndexOf(names, value);
            if (index < 0)
            {
                _problems.Add(mark, $"unknown tool pack '{value}': one of {string.Join(", ", names)}{Suggestions.DidYouMean(value, names)}");
            }
            else if (!builder.Contains(Enum.GetValues<ToolPack>()[index]))
            {
                builder.Add(Enum.GetValues<ToolPack>()[index]);
            }
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<string> ReadHints(YamlMap parent)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, mark) in parent.Strings("hints"))
        {
            if (!value.TrimEnd().EndsWith('?'))
            {
                _problems.Add(mark, "hints are phrased as questions: end it with '?'");
            }

            _readByResponders.Add((value, mark, "a hint"));

            builder.Add(value);
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<PointerSpec> ReadPointers(YamlMap parent)
    {
        var builder = ImmutableArray.CreateBuilder<PointerSpec>();
        foreach (var item in parent.Sequence("pointers"))
        {
            var map = new YamlMap(item, _problems, "a pointer", "kind", "title", "url");
            var kind = map.Enum<PointerKind>("kind", required: true) ?? PointerKind.Doc;
            var url = map.Text("url", required: true);
            if (url.Length > 0 && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                _problems.Add(map.MarkOf("url"), $"'url' of a pointer must be an absolute URL, not '{url}'");
            }

            builder.Add(new PointerSpec(kind, map.Text("title", required: true), url));
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<ResolutionCriterion> ReadResolution(YamlMap parent)
    {
        var builder = ImmutableArray.CreateBuilder<ResolutionCriterion>();
        foreach (var item in parent.Sequence("resolution", required: true))
        {
            var map = new YamlMap(item, _problems, "a resolution criterion", "kind", "target", "threshold", "for", "datacenter");
            var kind = map.Enum<ResolutionKind>("kind", required: true) ?? ResolutionKind.AllOnline;
            var target = map.Text("target", required: true);
            var (allowed, needsThreshold) = kind switch
            {
                ResolutionKind.AllOnline => (EntityKind.Service | EntityKind.Everything, false),
                ResolutionKind.ErrorRateBelow => (EntityKind.RequestType | EntityKind.Everything, true),
                ResolutionKind.LatencyBelow => (EntityKind.RequestType | EntityKind.Everything, true),
                ResolutionKind.FaultCleared => (EntityKind.Inject, false),
                _ => (EntityKind.Database, false),
            };
            if (target.Length > 0)
            {
                Reference(target, allowed, map.MarkOf("target"), $"resolution criterion {YamlMap.Kebab(kind.ToString())}");
            }

            var threshold = map.Number("threshold", required: needsThreshold, min: 0) ?? (kind == ResolutionKind.ReplicationHealthy ? 5 : 0);
            if (kind == ResolutionKind.ErrorRateBelow && threshold > 1)
            {
                _problems.Add(map.MarkOf("threshold"), "the threshold of error-rate-below is a share between 0 and 1");
            }

            string? datacenter = null;
            if (kind == ResolutionKind.PrimaryIn)
            {
                datacenter = map.Text("datacenter", required: true);
                if (datacenter.Length > 0)
                {
                    Reference(datacenter, EntityKind.Datacenter, map.MarkOf("datacenter"), "'datacenter' of resolution criterion primary-in");
                }
            }
            else if (map.Has("datacenter"))
            {
                _problems.Add(map.MarkOf("datacenter"), $"'datacenter' only applies to primary-in, not to {YamlMap.Kebab(kind.ToString())}");
            }

            builder.Add(new ResolutionCriterion(kind, target, threshold, map.Duration("for") ?? TimeSpan.Zero, datacenter));
        }

        if (parent.Has("resolution") && builder.Count == 0)
        {
            _problems.Add(parent.MarkOf("resolution"), "a scenario needs at least one resolution criterion");
        }

        return builder.ToImmutable();
    }
}
