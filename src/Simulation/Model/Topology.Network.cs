using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Model;

/// <summary>What the network model needs from the scenario: round-trip times and who calls whom.</summary>
internal sealed partial class Topology
{
    /// <summary>Round-trip milliseconds between datacenters, <c>[from * Datacenters.Length + to]</c>; 0 on the diagonal.</summary>
    public double[] DatacenterRttMs { get; private set; } = [];

    /// <summary>Whether any pair of datacenters has a round-trip time: without one the network model costs nothing.</summary>
    public bool HasRtt { get; private set; }

    /// <summary>Per service, the services that call it on some request type's path (distinct, in index order).</summary>
    public int[][] CallerServices { get; private set; } = [];

    /// <summary>Per service, the request types that enter the cell at it (their callers are outside the cell).</summary>
    public int[][] EntryRequestTypes { get; private set; } = [];

    /// <summary>Per database, the request types that write to it (<c>CellState.WriteRate</c> adds up their rates).</summary>
    public int[][] DatabaseWriteTypes { get; private set; } = [];

    public double RttMs(int instanceA, int instanceB) =>
        HasRtt ? DatacenterRttMs[(HostDatacenter[InstanceHost[instanceA]] * Datacenters.Length) + HostDatacenter[InstanceHost[instanceB]]] : 0;

    private void CompileNetwork(ScenarioEnvironment env)
    {
        var n = Datacenters.Length;
        DatacenterRttMs = new double[n * n];
        for (var a = 0; a < n; a++)
        {
            foreach (var (other, ms) in env.Datacenters[a].RttMs)
            {
                var b = Array.IndexOf(Datacenters, other);
                if (b >= 0 && ms > 0)
                {
                    DatacenterRttMs[(a * n) + b] = DatacenterRttMs[(b * n) + a] = ms;
                    HasRtt = true;
                }
            }
        }

        var callers = new SortedSet<int>[Services.Length];
        var entries = new List<int>[Services.Length];
        for (var s = 0; s < Services.Length; s++)
        {
            callers[s] = [];
            entries[s] = [];
        }

        for (var r = 0; r < Paths.Length; r++)
        {
            var path = Paths[r];
            for (var k = 0; k < path.Length; k++)
            {
                if (path[k] < 0)
                {
                    continue;
                }

                if (k == 0)
                {
                    entries[path[k]].Add(r);
                }
                else if (path[k - 1] >= 0 && path[k - 1] != path[k])
                {
                    callers[path[k]].Add(path[k - 1]);
                }
            }
        }

        CallerServices = [.. callers.Select(c => c.ToArray())];
        EntryRequestTypes = [.. entries.Select(e => e.ToArray())];
        DatabaseWriteTypes = new int[Databases.Length][];
        for (var d = 0; d < Databases.Length; d++)
        {
            DatabaseWriteTypes[d] = [.. Enumerable.Range(0, RequestTypes.Length).Where(r => RequestTypes[r].Write && Array.IndexOf(Paths[r], DatabaseService[d]) >= 0)];
        }
    }
}
