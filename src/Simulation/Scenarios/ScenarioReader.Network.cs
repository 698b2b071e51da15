using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>Round-trip times between datacenters: <c>rtt_ms: {other-dc: 60}</c> on a datacenter entry.</summary>
internal sealed partial class ScenarioReader
{
    private const double MaxRttMs = 10000;

    private readonly Dictionary<(string From, string To), Mark> _rttMarks = [];

    private ImmutableSortedDictionary<string, double> ReadRtt(YamlMap dc, string id)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (dc.Raw("rtt_ms") is not { } node)
        {
            return builder.ToImmutable();
        }

        if (node is not YamlMappingNode mapping)
        {
            _problems.Add(node, $"'rtt_ms' of datacenter '{id}' must be a mapping of datacenter names to milliseconds");
            return builder.ToImmutable();
        }

        foreach (var (k, v) in mapping.Children)
        {
            if (k is not YamlScalarNode { Value: { } other } || v is not YamlScalarNode { Value: { } text })
            {
                _problems.Add(k, $"entries of 'rtt_ms' of datacenter '{id}' must be plain datacenter: milliseconds pairs");
                continue;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) || !double.IsFinite(ms) || ms < 0 || ms > MaxRttMs)
            {
                _problems.Add(v, $"'rtt_ms' of datacenter '{id}' to '{other}' must be a number of milliseconds from 0 to {MaxRttMs.ToString(CultureInfo.InvariantCulture)}, not '{text}'");
                continue;
            }

            if (other == id)
            {
                _problems.Add(k, $"'rtt_ms' of datacenter '{id}' names itself: the round trip inside a datacenter is not configurable");
                continue;
            }

            Reference(other, EntityKind.Datacenter, k.Start, $"'rtt_ms' of datacenter '{id}'");
            builder[other] = ms;
            _rttMarks[(id, other)] = v.Start;
        }

        return builder.ToImmutable();
    }

    /// <summary>A link has one round-trip time: both ends may state it, but then they must agree.</summary>
    private void CheckRtt(ImmutableArray<DatacenterSpec>.Builder datacenters)
    {
        foreach (var dc in datacenters)
        {
            foreach (var (other, ms) in dc.RttMs)
            {
                var back = datacenters.FirstOrDefault(d => d.Id == other);
                if (back is not null && back.RttMs.TryGetValue(dc.Id, out var reverse) && reverse != ms && string.CompareOrdinal(dc.Id, other) < 0)
                {
                    _problems.Add(_rttMarks[(other, dc.Id)], $"'rtt_ms' between '{dc.Id}' and '{other}' is given twice and differs ({ms.ToString(CultureInfo.InvariantCulture)} and {reverse.ToString(CultureInfo.InvariantCulture)} ms)");
                }
            }
        }
    }
}
