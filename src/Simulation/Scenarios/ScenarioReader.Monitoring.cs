using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

internal sealed partial class ScenarioReader
{
    /// <summary><c>monitoring: { depends_on: [services] }</c>: what the cell's alarms and metrics travel through.</summary>
    private ImmutableArray<string> ReadMonitoring(YamlMap parent)
    {
        if (parent.Raw("monitoring") is not { } node)
        {
            return [];
        }

        var map = new YamlMap(node, _problems, "'monitoring'", "depends_on");
        return Ids(map, "depends_on", EntityKind.Service, "'depends_on' of 'monitoring'", required: true);
    }
}
