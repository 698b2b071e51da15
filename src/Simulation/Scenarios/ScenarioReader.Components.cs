using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

internal sealed partial class ScenarioReader
{
    private ImmutableArray<LoadBalancerSpec> ReadLoadBalancers(YamlMap parent)
    {
        var builder = ImmutableArray.CreateBuilder<LoadBalancerSpec>();
        foreach (var item in parent.Sequence("load_balancers"))
        {
            var map = new YamlMap(item, _problems, "a load balancer", "id", "service", "health_check_interval", "unhealthy_after");
            var id = map.Text("id", required: true);
            var service = ServiceRef(map, $"load balancer '{id}'");
            var interval = map.Duration("health_check_interval") ?? TimeSpan.FromSeconds(5);
            if (interval <= TimeSpan.Zero)
            {
                _problems.Add(map.MarkOf("health_check_interval"), "'health_check_interval' must be longer than zero");
            }

            var spec = new LoadBalancerSpec(id, service, interval, map.Integer("unhealthy_after", min: 1, max: 100) ?? 3);
            if (id.Length > 0 && Declare(id, EntityKind.LoadBalancer, map.MarkOf("id")))
            {
                builder.Add(spec);
            }
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<DatabaseSpec> ReadDatabases(YamlMap parent)
    {
        var builder = ImmutableArray.CreateBuilder<DatabaseSpec>();
        var usedPeers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in parent.Sequence("databases"))
        {
            var map = new YamlMap(item, _problems, "a database", "id", "service", "primary", "sync", "async", "failover_after", "reads");
            var id = map.Text("id", required: true);
            var what = $"database '{id}'";
            var service = ServiceRef(map, what);
            var primary = map.Text("primary", required: true);
            var sync = map.String("sync");
            var asyncPeers = map.Strings("async").Select(p => p.Value).ToImmutableArray();
            var peers = new List<(string Peer, string Key)> { (primary, "primary") };
            if (sync is not null)
            {
                peers.Add((sync, "sync"));
            }

            peers.AddRange(asyncPeers.Select(p => (p, "async")));
            foreach (var (peer, key) in peers)
            {
                if (peer.Length == 0)
                {
                    continue;
                }

                if (!_instanceService.TryGetValue(peer, out var owner))
                {
                    Reference(peer, EntityKind.Instance, map.MarkOf(key), $"'{key}' of {what}");
                }
                else if (service.Length > 0 && owner != service)
                {
                    _problems.Add(map.MarkOf(key), $"'{key}' of {what} is '{peer}', an instance of '{owner}', not of '{service}'");
                }

                if (!usedPeers.TryAdd(peer, id))
                {
                    _problems.Add(map.MarkOf(key), $"instance '{peer}' has two replication roles (also in database '{usedPeers[peer]}')");
                }
            }

            var failover = map.Duration("failover_after") ?? TimeSpan.FromSeconds(30);
            var reads = map.Enum<DatabaseReads>("reads") ?? DatabaseReads.Primary;
            if (id.Length > 0 && Declare(id, EntityKind.Database, map.MarkOf("id")))
            {
                builder.Add(new DatabaseSpec(id, service, primary, sync, asyncPeers, failover) { Reads = reads });
            }
        }

        return builder.ToImmutable();
    }

    private CoordinationSpec? ReadCoordination(YamlMap parent)
    {
        if (parent.Raw("coordination") is not { } node)
        {
            return null;
        }

        var map = new YamlMap(node, _problems, "coordination", "service");
        return new CoordinationSpec(ServiceRef(map, "coordination"));
    }

    private ImmutableArray<CacheSpec> ReadCaches(YamlMap parent)
    {
        var builder = ImmutableArray.CreateBuilder<CacheSpec>();
        foreach (var item in parent.Sequence("caches"))
        {
            var map = new YamlMap(item, _problems, "a cache", "id", "service", "hit_ratio");
            var id = map.Text("id", required: true);
            var spec = new CacheSpec(id, ServiceRef(map, $"cache '{id}'"), map.Number("hit_ratio", required: true, min: 0, max: 1) ?? 0.8);
            if (id.Length > 0 && Declare(id, EntityKind.Cache, map.MarkOf("id")))
            {
                builder.Add(spec);
            }
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<QueueSpec> ReadQueues(YamlMap parent)
    {
        var builder = ImmutableArray.CreateBuilder<QueueSpec>();
        foreach (var item in parent.Sequence("queues"))
        {
            var map = new YamlMap(item, _problems, "a queue", "id", "service", "max_depth");
            var id = map.Text("id", required: true);
            var depth = map.Number("max_depth", required: true, min: 1) ?? 10_000;
            var spec = new QueueSpec(id, ServiceRef(map, $"queue '{id}'"), (long)depth);
            if (id.Length > 0 && Declare(id, EntityKind.Queue, map.MarkOf("id")))
            {
                builder.Add(spec);
            }
        }

        return builder.ToImmutable();
    }

    private DnsSpec? ReadDns(YamlMap parent)
    {
        if (parent.Raw("dns") is not { } node)
        {
            return null;
        }

        var map = new YamlMap(node, _problems, "dns", "service", "ttl");
        return new DnsSpec(ServiceRef(map, "dns"), map.Duration("ttl") ?? TimeSpan.FromSeconds(60));
    }

    private string ServiceRef(YamlMap map, string context)
    {
        var service = map.Text("service", required: true);
        if (service.Length > 0)
        {
            Reference(service, EntityKind.Service, map.MarkOf("service"), $"'service' of {context}");
        }

        return service;
    }
}
