using System.Collections.Immutable;
using System.Globalization;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Text;
using YamlDotNet.Core;
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
            var type = new YamlMap(item, _problems, "a request type", "id", "rate", "write", "path", "timeout", "retries", "slo_ms", "shape");
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
                type.Integer("retries", min: 0, max: 10) ?? 0, type.Number("slo_ms", min: 1), ReadShape(type, what));
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
        var afterMarks = new Dictionary<string, Mark>(StringComparer.Ordinal);
        foreach (var item in parent.Sequence("injects", required: true))
        {
            var map = new YamlMap(item, _problems, "an inject", "id", "kind", "target", "at", "escalate_at", "share", "parameters", "after");
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

            var after = map.String("after");
            if (after is not null)
            {
                Reference(after, EntityKind.Inject, map.MarkOf("after"), $"'after' of {what}");
                afterMarks[id] = map.MarkOf("after");
            }

            if (id.Length > 0 && Declare(id, EntityKind.Inject, map.MarkOf("id")))
            {
                builder.Add(new InjectSpec(id, kind, target, at, escalate, share, parameters) { After = after });
            }
        }

        var injects = builder.ToImmutable();
        CheckOrder(injects, afterMarks);
        return injects;
    }

    /// <summary>Faults that wait for each other in a ring could never be fixed.</summary>
    private void CheckOrder(ImmutableArray<InjectSpec> injects, Dictionary<string, Mark> afterMarks)
    {
        var afterOf = injects.Where(i => i.After is not null).ToDictionary(i => i.Id, i => i.After!, StringComparer.Ordinal);
        foreach (var inject in injects)
        {
            var seen = new List<string> { inject.Id };
            for (var next = inject.After; next is not null; next = afterOf.GetValueOrDefault(next))
            {
                if (next == inject.Id)
                {
                    _problems.Add(afterMarks[inject.Id], $"'after' of inject '{inject.Id}' goes round in a circle ({string.Join(" after ", seen)} after {inject.Id}): none of them could ever be fixed");
                    break;
                }

                if (seen.Contains(next))
                {
                    break;
                }

                seen.Add(next);
            }
        }
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
            else if (parameter.Names != FaultTargets.None)
            {
                if (value.Length > 0)
                {
                    Reference(value, ToEntityKinds(parameter.Names), mark, $"parameter '{name}' of {what}");
                }
            }
            else if (parameter.IsRule && ConfigRule.Problem(value) is { } rule)
            {
                _problems.Add(mark, $"parameter '{name}' of {what}: {rule}");
            }
            else if (parameter.IsBoolean && value is not ("true" or "false"))
            {
                _problems.Add(mark, $"parameter '{name}' of {what} must be true or false, not '{value}'");
            }
        }

        // A rule for a key the kind does not assume (process-crash's is empty by default) would judge nothing.
        if (parameters.ContainsKey("valid") && descriptor.Parameter("key") is { Default: "" } && parameters.GetValueOrDefault("key", "").Length == 0)
        {
            _problems.Add(mark, $"parameter 'valid' of {what} needs 'key': the configuration key whose values it judges");
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
}
