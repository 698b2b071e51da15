using System.Collections.Immutable;
using System.Globalization;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Text;
using YamlDotNet.RepresentationModel;

namespace PracticePlatform.Simulation.Scenarios;

internal sealed partial class ScenarioReader
{
    private TrafficSpec ReadTraffic(YamlNode node)
    {
        var map = new YamlMap(node, _problems, "traffic", "request_types");
        var builder = ImmutableArray.CreateBuilder<RequestTypeSpec>();
        foreach (var item in map.Sequence("request_types", required: true))
        {
            var type = new YamlMap(item, _problems, "a request type", "id", "rate", "write", "path", "timeout", "retries");
            var id = type.Text("id", required: true);
            var what = $"request type '{id}'";
            var rate = type.Number("rate", required: true, min: 0) ?? 0;
            var path = type.Strings("path", required: true);
            if (type.Has("path") && path.IsEmpty)
            {
                _problems.Add(type.MarkOf("path"), $"'path' of {what} must name at least one service");
            }

            for (var k = 0; k < path.Length; k++)
            {
                var (service, mark) = path[k];
                Reference(service, EntityKind.Service, mark, $"'path' of {what}");
                var calledByEarlierHop = false;
                for (var j = 0; j < k; j++)
                {
                    calledByEarlierHop |= _dependsOn.TryGetValue(path[j].Value, out var deps) && deps.Contains(service);
                }

                if (k > 0 && !calledByEarlierHop && _dependsOn.ContainsKey(service))
                {
                    _problems.Add(mark, $"'path' of {what} reaches '{service}', but no earlier service in the path lists it in depends_on");
                }
            }

            var timeout = type.Duration("timeout") ?? TimeSpan.FromSeconds(30);
            if (timeout <= TimeSpan.Zero)
            {
                _problems.Add(type.MarkOf("timeout"), $"'timeout' of {what} must be longer than zero");
            }

            var spec = new RequestTypeSpec(id, rate, type.Boolean("write") ?? false, [.. path.Select(p => p.Value)], timeout,
                type.Integer("retries", min: 0, max: 10) ?? 0);
            if (id.Length > 0 && Declare(id, EntityKind.RequestType, type.MarkOf("id")))
            {
                builder.Add(spec);
            }
        }

        if (map.Has("request_types") && builder.Count == 0)
        {
            _problems.Add(map.MarkOf("request_types"), "traffic needs at least one request type");
        }

        return new TrafficSpec(builder.ToImmutable());
    }

    private ImmutableArray<InjectSpec> ReadInjects(YamlMap parent)
    {
        var builder = ImmutableArray.CreateBuilder<InjectSpec>();
        foreach (var item in parent.Sequence("injects", required: true))
        {
            var map = new YamlMap(item, _problems, "an inject", "id", "kind", "target", "at", "escalate_at", "share", "parameters");
            var id = map.Text("id", required: true);
            var what = $"inject '{id}'";
            var kind = map.Text("kind", required: true);
            var descriptor = FaultCatalog.Find(kind);
            if (kind.Length > 0 && descriptor is null)
            {
                _problems.Add(map.MarkOf("kind"), $"unknown fault kind '{kind}' in {what}{Suggestions.DidYouMean(kind, FaultCatalog.Kinds)}");
            }

            var target = map.Text("target", required: true);
            if (target.Length > 0 && descriptor is not null)
            {
                Reference(target, ToEntityKinds(descriptor.Targets), map.MarkOf("target"), $"'target' of {what} ({kind})");
            }

            var at = map.Duration("at");
            var escalate = map.Duration("escalate_at");
            if (escalate is not null && escalate <= (at ?? TimeSpan.Zero))
            {
                _problems.Add(map.MarkOf("escalate_at"), $"'escalate_at' of {what} must be later than its 'at'");
            }

            var share = map.Number("share", min: 0, max: 1) ?? 1;
            if (map.Has("share") && share == 0)
            {
                _problems.Add(map.MarkOf("share"), $"'share' of {what} must be above 0");
            }

            var parameters = map.StringMap("parameters");
            if (descriptor is not null)
            {
                CheckParameters(map, descriptor, parameters, what);
            }

            if (id.Length > 0 && Declare(id, EntityKind.Inject, map.MarkOf("id")))
            {
                builder.Add(new InjectSpec(id, kind, target, at, escalate, share, parameters));
            }
        }

        return builder.ToImmutable();
    }

    private void CheckParameters(YamlMap map, FaultDescriptor descriptor, ImmutableSortedDictionary<string, string> parameters, string what)
    {
        var mark = map.MarkOf("parameters");
        foreach (var (name, value) in parameters)
        {
            var parameter = descriptor.Parameter(name);
            if (parameter is null)
            {
                var names = descriptor.Parameters.Select(p => p.Name);
                var known = descriptor.Parameters.IsEmpty ? "it takes none" : "known: " + string.Join(", ", names);
                _problems.Add(mark, $"unknown parameter '{name}' for fault kind '{descriptor.Kind}' in {what}{Suggestions.DidYouMean(name, names)}; {known}");
            }
            else if (parameter.IsNumeric)
            {
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    _problems.Add(mark, $"parameter '{name}' of {what} must be a number, not '{value}'");
                }
                else if (number < parameter.Min || number > parameter.Max)
                {
                    _problems.Add(mark, $"parameter '{name}' of {what} must be between {parameter.Min.ToString(CultureInfo.InvariantCulture)} and {parameter.Max.ToString(CultureInfo.InvariantCulture)}, not {value}");
                }
            }
            else if (parameter.IsBoolean && value is not ("true" or "false"))
            {
                _problems.Add(mark, $"parameter '{name}' of {what} must be true or false, not '{value}'");
            }
        }
    }

    private static EntityKind ToEntityKinds(FaultTargets targets)
    {
        EntityKind kinds = 0;
        if (targets.HasFlag(FaultTargets.Instance))
        {
            kinds |= EntityKind.Instance;
        }

        if (targets.HasFlag(FaultTargets.Service))
        {
            kinds |= EntityKind.Service;
        }

        if (targets.HasFlag(FaultTargets.Host))
        {
            kinds |= EntityKind.Host;
        }

        if (targets.HasFlag(FaultTargets.Datacenter))
        {
            kinds |= EntityKind.Datacenter;
        }

        if (targets.HasFlag(FaultTargets.Database))
        {
            kinds |= EntityKind.Database;
        }

        if (targets.HasFlag(FaultTargets.RequestType))
        {
            kinds |= EntityKind.RequestType;
        }

        return kinds;
    }

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
            var map = new YamlMap(item, _problems, "a resolution criterion", "kind", "target", "threshold", "for");
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

            builder.Add(new ResolutionCriterion(kind, target, threshold, map.Duration("for") ?? TimeSpan.Zero));
        }

        if (parent.Has("resolution") && builder.Count == 0)
        {
            _problems.Add(parent.MarkOf("resolution"), "a scenario needs at least one resolution criterion");
        }

        return builder.ToImmutable();
    }
}
