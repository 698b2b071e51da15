using System.Collections.Immutable;
using PracticePlatform.Simulation.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>Turns one YAML document into a <see cref="Scenario"/>, collecting problems as it goes.</summary>
internal sealed partial class ScenarioReader(ProblemSink problems)
{
    private readonly ProblemSink _problems = problems;
    private readonly Dictionary<string, (EntityKind Kind, Mark Mark)> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _instanceService = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<string>> _dependsOn = new(StringComparer.Ordinal);
    private readonly List<(string Id, EntityKind Allowed, Mark Mark, string Context)> _references = [];

    public Scenario Read(YamlNode root)
    {
        var map = new YamlMap(root, _problems, "the scenario",
            "id", "version", "title", "summary", "difficulty", "expected_duration", "environment", "traffic",
            "injects", "alarm_rules", "tools", "hints", "pointers", "resolution", "solution", "instigator_notes", "plays", "source",
            "stakeholders", "status_updates", "monitoring");
        var id = map.Text("id", required: true);
        if (id.Length > 0 && !IsSlug(id))
        {
            _problems.Add(map.MarkOf("id"), $"scenario id '{id}' must be lowercase letters, digits and dashes");
        }

        var version = map.Integer("version", required: true, min: 1) ?? 1;
        var title = map.Text("title", required: true);
        var summary = map.Text("summary", required: true);
        var difficulty = map.Enum<Difficulty>("difficulty", required: true) ?? Difficulty.Beginner;
        var expected = map.Duration("expected_duration", required: true) ?? TimeSpan.FromHours(1);
        if (map.Has("expected_duration") && expected <= TimeSpan.Zero)
        {
            _problems.Add(map.MarkOf("expected_duration"), "'expected_duration' must be longer than zero");
        }

        var environment = map.Raw("environment") is { } envNode
            ? ReadEnvironment(envNode)
            : Missing(map, "environment", EmptyEnvironment);
        var traffic = map.Raw("traffic") is { } trafficNode ? ReadTraffic(trafficNode) : Missing(map, "traffic", new TrafficSpec([]));
        var injects = ReadInjects(map);
        var alarms = ReadAlarms(map);
        var tools = ReadTools(map);
        var hints = ReadHints(map);
        var pointers = ReadPointers(map);
        var resolution = ReadResolution(map);
        var solution = map.Text("solution", required: true);
        var notes = map.Text("instigator_notes");
        var plays = ReadPlays(map, tools);
        var source = map.Text("source");
        if (source.Length > 0 && !source.StartsWith("https://", StringComparison.Ordinal))
        {
            _problems.Add(map.MarkOf("source"), "'source' must be the https:// address of the public postmortem");
        }

        var stakeholders = ReadStakeholders(map);
        var cadence = ReadStatusUpdates(map);
        var monitoring = ReadMonitoring(map);
        CheckReferences();
        var scenario = new Scenario(id, version, title, summary, difficulty, expected, environment, traffic, injects, alarms,
            tools, hints, pointers, resolution, solution, notes) { Plays = plays, Source = source, Stakeholders = stakeholders, StatusUpdates = cadence, MonitoringDependsOn = monitoring };
        CheckSecrecy(scenario);
        return scenario;
    }

    private static ScenarioEnvironment EmptyEnvironment => new(EnvironmentKind.Generic, [], [], [], [], [], null, [], [], null);

    private T Missing<T>(YamlMap map, string key, T fallback)
    {
        _problems.Add(map.Start, $"missing required key '{key}' in {map.What}");
        return fallback;
    }

    private bool Declare(string id, EntityKind kind, Mark mark)
    {
        if (_ids.TryGetValue(id, out var existing))
        {
            _problems.Add(mark, $"duplicate id '{id}': already used by the {Describe(existing.Kind)} at line {existing.Mark.Line}");
            return false;
        }

        _ids[id] = (kind, mark);
        return true;
    }

    private void Reference(string id, EntityKind allowed, Mark mark, string context) =>
        _references.Add((id, allowed, mark, context));

    private void CheckReferences()
    {
        foreach (var (id, allowed, mark, context) in _references)
        {
            if (id == "*" && allowed.HasFlag(EntityKind.Everything))
            {
                continue;
            }

            if (!_ids.TryGetValue(id, out var found))
            {
                var candidates = _ids.Where(p => (p.Value.Kind & allowed) != 0).Select(p => p.Key).Order(StringComparer.Ordinal);
                _problems.Add(mark, $"{context} refers to '{id}', which is not a declared {DescribeAll(allowed)}{Suggestions.DidYouMean(id, candidates)}");
            }
            else if ((found.Kind & allowed) == 0)
            {
                _problems.Add(mark, $"{context} refers to '{id}', which is a {Describe(found.Kind)}, not a {DescribeAll(allowed)}");
            }
        }
    }

    internal static bool IsSlug(string id)
    {
        foreach (var c in id)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.'))
            {
                return false;
            }
        }

        return id.Length > 0;
    }

    private static string Describe(EntityKind kind) => YamlMap.Kebab(kind.ToString()).Replace('-', ' ');

    private static string DescribeAll(EntityKind kinds)
    {
        var names = new List<string>();
        foreach (var kind in System.Enum.GetValues<EntityKind>())
        {
            if (kind != EntityKind.Everything && kinds.HasFlag(kind) && System.Numerics.BitOperations.PopCount((uint)kind) == 1)
            {
                names.Add(Describe(kind));
            }
        }

        return string.Join(" or ", names);
    }

    private ImmutableArray<string> Ids(YamlMap map, string key, EntityKind allowed, string context, bool required = false)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, mark) in map.Strings(key, required))
        {
            Reference(value, allowed, mark, context);
            builder.Add(value);
        }

        return builder.ToImmutable();
    }

    [Flags]
    internal enum EntityKind
    {
        Datacenter = 1,
        Host = 2,
        Service = 4,
        Instance = 8,
        Database = 16,
        LoadBalancer = 32,
        RequestType = 64,
        Inject = 128,
        Cache = 256,
        Queue = 512,
        AlarmRule = 1024,
        /// <summary>Marks references where "*" (everything) is allowed.</summary>
        Everything = 1 << 20,
    }
}
