using System.Runtime.CompilerServices;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// A scenario's environment compiled to arrays indexed by number, shared by every cell of that scenario
/// (it is immutable), so a cell holds only its mutable state.
/// </summary>
internal sealed partial class Topology
{
    private static readonly ConditionalWeakTable<Scenario, Topology> Compiled = new();
    private readonly Dictionary<string, (EntityType Type, int Index)> _byName = new(StringComparer.Ordinal);

    private Topology(Scenario scenario)
    {
        Scenario = scenario;
        var env = scenario.Environment;
        Datacenters = [.. env.Datacenters.Select(d => d.Id)];
        Hosts = [.. env.Hosts];
        HostDatacenter = [.. env.Hosts.Select(h => Math.Max(0, Array.IndexOf(Datacenters, h.Datacenter)))];
        Services = [.. env.Services];
        var instances = new List<(string Id, int Service, int Host)>();
        ServiceInstances = new int[Services.Length][];
        for (var s = 0; s < Services.Length; s++)
        {
            var list = new List<int>();
            foreach (var instance in Services[s].Instances)
            {
                list.Add(instances.Count);
                instances.Add((instance.Id, s, Math.Max(0, env.Hosts.IndexOf(env.Hosts.First(h => h.Id == instance.Host)))));
            }

            ServiceInstances[s] = [.. list];
        }

        InstanceIds = [.. instances.Select(i => i.Id)];
        InstanceService = [.. instances.Select(i => i.Service)];
        InstanceHost = [.. instances.Select(i => i.Host)];
        HostInstanceCount = [.. Hosts.Select((_, h) => InstanceHost.Count(x => x == h))];
        for (var i = 0; i < Datacenters.Length; i++)
        {
            _byName[Datacenters[i]] = (EntityType.Datacenter, i);
        }

        for (var i = 0; i < Hosts.Length; i++)
        {
            _byName[Hosts[i].Id] = (EntityType.Host, i);
        }

        for (var i = 0; i < Services.Length; i++)
        {
            _byName[Services[i].Id] = (EntityType.Service, i);
        }

        for (var i = 0; i < InstanceIds.Length; i++)
        {
            _byName[InstanceIds[i]] = (EntityType.Instance, i);
        }

        DetectSeconds = new int[Services.Length];
        HasLoadBalancer = new bool[Services.Length];
        for (var s = 0; s < Services.Length; s++)
        {
            DetectSeconds[s] = 30;
        }

        foreach (var lb in env.LoadBalancers)
        {
            var s = ServiceIndex(lb.Service);
            DetectSeconds[s] = Math.Max(1, (int)(lb.HealthCheckInterval.TotalSeconds * lb.UnhealthyAfter));
            HasLoadBalancer[s] = true;
            _byName[lb.Id] = (EntityType.LoadBalancer, s);
        }

        Databases = [.. env.Databases];
        DatabaseService = [.. env.Databases.Select(d => ServiceIndex(d.Service))];
        for (var d = 0; d < Databases.Length; d++)
        {
            _byName[Databases[d].Id] = (EntityType.Database, d);
        }

        ServiceDatabase = new int[Services.Length];
        Array.Fill(ServiceDatabase, -1);
        for (var d = 0; d < Databases.Length; d++)
        {
            ServiceDatabase[DatabaseService[d]] = d;
        }

        CacheHitRatio = new double[Services.Length];
        foreach (var cache in env.Caches)
        {
            CacheHitRatio[ServiceIndex(cache.Service)] = cache.HitRatio;
            _byName[cache.Id] = (EntityType.Service, ServiceIndex(cache.Service));
        }

        QueueMaxDepth = new long[Services.Length];
        foreach (var queue in env.Queues)
        {
            QueueMaxDepth[ServiceIndex(queue.Service)] = queue.MaxDepth;
            _byName[queue.Id] = (EntityType.Service, ServiceIndex(queue.Service));
        }

        CoordinationService = env.Coordination is { } c ? ServiceIndex(c.Service) : -1;
        DnsService = env.Dns is { } dns ? ServiceIndex(dns.Service) : -1;
        DnsTtlSeconds = env.Dns is { } d2 ? (int)d2.Ttl.TotalSeconds : 60;
        Dependencies = [.. Services.Select(svc => svc.DependsOn.Select(ServiceIndex).Where(d => d >= 0).ToArray())];
        RequestTypes = [.. scenario.Traffic.RequestTypes];
        Paths = [.. RequestTypes.Select(r => r.Path.Select(ServiceIndex).ToArray())];
        MonitoringServices = [.. scenario.MonitoringDependsOn.Select(ServiceIndex).Where(s => s >= 0)];
        for (var r = 0; r < RequestTypes.Length; r++)
        {
            _byName[RequestTypes[r].Id] = (EntityType.RequestType, r);
        }

        CompileNetwork(env);
    }

    public Scenario Scenario { get; }

    /// <summary>The indexes of the services monitoring depends on.</summary>
    public int[] MonitoringServices { get; }

    public string[] Datacenters { get; }

    public HostSpec[] Hosts { get; }

    public int[] HostDatacenter { get; }

    public ServiceSpec[] Services { get; }

    public int[][] ServiceInstances { get; }

    public string[] InstanceIds { get; }

    public int[] InstanceService { get; }

    public int[] InstanceHost { get; }

    public int[] HostInstanceCount { get; }

    /// <summary>Seconds a broken instance keeps receiving traffic before it is taken out of rotation.</summary>
    public int[] DetectSeconds { get; }

    public bool[] HasLoadBalancer { get; }

    /// <summary>Per service, the services it calls.</summary>
    public int[][] Dependencies { get; }

    public DatabaseSpec[] Databases { get; }

    public int[] DatabaseService { get; }

    public int[] ServiceDatabase { get; }

    public double[] CacheHitRatio { get; }

    public long[] QueueMaxDepth { get; }

    public int CoordinationService { get; }

    public int DnsService { get; }

    public int DnsTtlSeconds { get; }

    public RequestTypeSpec[] RequestTypes { get; }

    public int[][] Paths { get; }

    public int InstanceCount => InstanceIds.Length;

    public static Topology For(Scenario scenario) => Compiled.GetValue(scenario, s => new Topology(s));

    public bool TryFind(string name, out EntityType type, out int index)
    {
        if (_byName.TryGetValue(name, out var found))
        {
            (type, index) = found;
            return true;
        }

        (type, index) = (EntityType.Service, -1);
        return false;
    }

    public IEnumerable<string> Names => _byName.Keys.Order(StringComparer.Ordinal);

    public int ServiceIndex(string id) => Array.FindIndex(Services, s => s.Id == id);

    public int InstanceIndex(string id) => TryFind(id, out var type, out var index) && type == EntityType.Instance ? index : -1;

    public string Datacenter(int instance) => Datacenters[HostDatacenter[InstanceHost[instance]]];

    /// <summary>The instances a target name covers (instance, service, host, datacenter, database peers), in index order.</summary>
    public int[] InstancesOf(string target)
    {
        if (!TryFind(target, out var type, out var index))
        {
            return [];
        }

        var result = new List<int>();
        for (var i = 0; i < InstanceCount; i++)
        {
            var match = type switch
            {
                EntityType.Instance => i == index,
                EntityType.Service or EntityType.LoadBalancer => InstanceService[i] == index,
                EntityType.Host => InstanceHost[i] == index,
                EntityType.Datacenter => HostDatacenter[InstanceHost[i]] == index,
                EntityType.Database => InstanceService[i] == DatabaseService[index],
                _ => false,
            };
            if (match)
            {
                result.Add(i);
            }
        }

        return [.. result];
    }
}
