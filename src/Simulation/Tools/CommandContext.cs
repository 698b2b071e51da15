using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Text;

namespace PracticePlatform.Simulation.Tools;

/// <summary>What a command handler gets: the cell, the parsed line, and lookups that explain what went wrong.</summary>
internal sealed class CommandContext(CellState cell, CommandLine line)
{
    public CellState Cell { get; } = cell;

    public CommandLine Line { get; } = line;

    public Topology Topology => Cell.Topology;

    /// <summary>Instances named by <paramref name="name"/> (instance, service, host, datacenter, database).</summary>
    public int[]? Instances(string name, out string? problem)
    {
        problem = null;
        if (name.Length == 0)
        {
            problem = "missing target: name an instance, service or host";
            return null;
        }

        var found = Topology.InstancesOf(name);
        if (found.Length > 0)
        {
            return found;
        }

        problem = $"no instance, service or host named '{name}'{Suggestions.DidYouMean(name, Topology.Names)}";
        return null;
    }

    public int Instance(string name, out string? problem)
    {
        problem = null;
        var index = Topology.InstanceIndex(name);
        if (index >= 0)
        {
            return index;
        }

        problem = name.Length == 0
            ? "missing instance name"
            : Topology.TryFind(name, out var type, out _)
                ? $"'{name}' is a {type.ToString().ToLowerInvariant()}, name one instance (for example {Example(name)})"
                : $"no instance named '{name}'{Suggestions.DidYouMean(name, Topology.InstanceIds)}";
        return -1;
    }

    public int Service(string name, out string? problem)
    {
        problem = null;
        var index = Topology.ServiceIndex(name);
        if (index < 0 && Topology.TryFind(name, out var type, out var other) && type == EntityType.LoadBalancer)
        {
            index = other;
        }

        if (index >= 0)
        {
            return index;
        }

        problem = name.Length == 0
            ? "missing service name"
            : $"no service named '{name}'{Suggestions.DidYouMean(name, Topology.Services.Select(s => s.Id))}";
        return -1;
    }

    public int Host(string name, out string? problem)
    {
        problem = null;
        var index = Array.FindIndex(Topology.Hosts, h => h.Id == name);
        if (index >= 0)
        {
            return index;
        }

        if (Topology.InstanceIndex(name) is var i and >= 0)
        {
            return Topology.InstanceHost[i];
        }

        problem = name.Length == 0 ? "missing host name" : $"no host named '{name}'{Suggestions.DidYouMean(name, Topology.Hosts.Select(h => h.Id))}";
        return -1;
    }

    public int Database(string name, out string? problem)
    {
        problem = null;
        if (name.Length == 0 && Topology.Databases.Length == 1)
        {
            return 0;
        }

        var index = Array.FindIndex(Topology.Databases, d => d.Id == name);
        if (index >= 0)
        {
            return index;
        }

        if (Topology.InstanceIndex(name) is var i and >= 0 && Topology.ServiceDatabase[Topology.InstanceService[i]] is var d and >= 0)
        {
            return d;
        }

        problem = Topology.Databases.Length == 0
            ? "this environment has no replicated database"
            : $"no database named '{name}'{Suggestions.DidYouMean(name, Topology.Databases.Select(x => x.Id))} (databases: {string.Join(", ", Topology.Databases.Select(x => x.Id))})";
        return -1;
    }

    private string Example(string name)
    {
        var instances = Topology.InstancesOf(name);
        return instances.Length > 0 ? Topology.InstanceIds[instances[0]] : Topology.InstanceIds[0];
    }
}
