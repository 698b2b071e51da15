using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PracticePlatform.Simulation.Scenarios;

internal sealed partial class ScenarioReader
{
    private ScenarioEnvironment ReadEnvironment(YamlNode node)
    {
        var map = new YamlMap(node, _problems, "environment",
            "kind", "datacenters", "hosts", "services", "load_balancers", "databases", "coordination", "caches", "queues", "dns");
        var kind = map.Enum<EnvironmentKind>("kind", required: true) ?? EnvironmentKind.Generic;

        var datacenters = ImmutableArray.CreateBuilder<DatacenterSpec>();
        foreach (var item in map.Sequence("datacenters", required: true))
        {
            var dc = new YamlMap(item, _problems, "a datacenter", "id", "region", "rtt_ms");
            var id = dc.Text("id", required: true);
            if (id.Length > 0 && Declare(id, EntityKind.Datacenter, dc.MarkOf("id")))
            {
                datacenters.Add(new DatacenterSpec(id, dc.String("region") ?? id) { RttMs = ReadRtt(dc, id) });
            }
        }

        CheckRtt(datacenters);

        var hosts = ImmutableArray.CreateBuilder<HostSpec>();
        foreach (var item in map.Sequence("hosts", required: true))
        {
            var host = new YamlMap(item, _problems, "a host", "id", "datacenter", "cpus", "memory_gb", "disk_gb");
            var id = host.Text("id", required: true);
            var dc = host.Text("datacenter", required: true);
            if (dc.Length > 0)
            {
                Reference(dc, EntityKind.Datacenter, host.MarkOf("datacenter"), $"host '{id}'");
            }

            var spec = new HostSpec(id, dc, host.Integer("cpus", min: 1, max: 1024) ?? 16,
                host.Number("memory_gb", min: 0.5) ?? 64, host.Number("disk_gb", min: 1) ?? 1000);
            if (id.Length > 0 && Declare(id, EntityKind.Host, host.MarkOf("id")))
            {
                hosts.Add(spec);
            }
        }

        var services = ImmutableArray.CreateBuilder<ServiceSpec>();
        foreach (var item in map.Sequence("services", required: true))
        {
            if (ReadService(item) is { } service)
            {
                services.Add(service);
            }
        }

        if (map.Has("hosts") && hosts.Count == 0)
        {
            _problems.Add(map.MarkOf("hosts"), "an environment needs at least one host");
        }

        if (map.Has("services") && services.Count == 0)
        {
            _problems.Add(map.MarkOf("services"), "an environment needs at least one service");
        }

        return new ScenarioEnvironment(kind, datacenters.ToImmutable(), hosts.ToImmutable(), services.ToImmutable(),
            ReadLoadBalancers(map), ReadDatabases(map), ReadCoordination(map), ReadCaches(map), ReadQueues(map), ReadDns(map));
    }

    private ServiceSpec? ReadService(YamlNode node)
    {
        var map = new YamlMap(node, _problems, "a service",
            "id", "kind", "capacity_rps", "base_latency_ms", "timeout", "connection_pool", "memory_mb", "memory_limit_mb",
            "disk_used_gb", "disk_write_mb_s", "restart_time", "warmup", "depends_on", "instances", "count", "hosts", "config");
        var id = map.Text("id", required: true);
        var what = $"service '{id}'";
        var kind = map.Enum<ServiceKind>("kind", required: true) ?? ServiceKind.Api;
        var capacity = map.Number("capacity_rps", required: true, min: 0.001) ?? 100;
        var latency = map.Number("base_latency_ms", min: 0.01) ?? 5;
        var timeout = map.Duration("timeout") ?? TimeSpan.FromSeconds(30);
        if (timeout <= TimeSpan.Zero)
        {
            _problems.Add(map.MarkOf("timeout"), $"'timeout' of {what} must be longer than zero");
        }

        var pool = map.Integer("connection_pool", min: 1, max: 1_000_000) ?? (kind == ServiceKind.Proxy ? 20_000 : 256);
        var memory = map.Number("memory_mb", min: 1) ?? 512;
        var limit = map.Number("memory_limit_mb", min: 1) ?? memory * 4;
        if (limit < memory)
        {
            _problems.Add(map.MarkOf("memory_limit_mb"), $"'memory_limit_mb' of {what} is below its 'memory_mb'");
        }

        var disk = map.Number("disk_used_gb", min: 0) ?? 10;
        var write = map.Number("disk_write_mb_s", min: 0) ?? 0.05;
        var restart = map.Duration("restart_time") ?? TimeSpan.FromSeconds(10);
        var warmup = map.Duration("warmup") ?? TimeSpan.Zero;
        if (warmup < TimeSpan.Zero)
        {
            _problems.Add(map.MarkOf("warmup"), $"'warmup' of {what} cannot be negative");
        }

        var dependsOn = Ids(map, "depends_on", EntityKind.Service, $"'depends_on' of {what}");
        foreach (var dependency in dependsOn)
        {
            if (dependency == id)
            {
                _problems.Add(map.MarkOf("depends_on"), $"{what} depends on itself");
            }
        }

        _dependsOn[id] = dependsOn;
        var instances = ReadInstances(map, id, what);
        var config = map.StringMap("config");
        if (id.Length == 0 || !Declare(id, EntityKind.Service, map.MarkOf("id")))
        {
            return null;
        }

        return new ServiceSpec(id, kind, capacity, latency, timeout, pool, memory, limit, disk, write, restart, dependsOn,
            instances, config, warmup);
    }

    private ImmutableArray<InstanceSpec> ReadInstances(YamlMap map, string serviceId, string what)
    {
        var builder = ImmutableArray.CreateBuilder<InstanceSpec>();
        if (map.Has("instances") && (map.Has("count") || map.Has("hosts")))
        {
            _problems.Add(map.MarkOf("instances"), $"{what} lists 'instances' and also 'count'/'hosts': use one or the other");
        }

        if (map.Has("instances"))
        {
            foreach (var item in map.Sequence("instances"))
            {
                var instance = new YamlMap(item, _problems, $"an instance of {what}", "id", "host");
                var id = instance.Text("id", required: true);
                var host = instance.Text("host", required: true);
                if (host.Length > 0)
                {
                    Reference(host, EntityKind.Host, instance.MarkOf("host"), $"instance '{id}'");
                }

                if (id.Length > 0 && Declare(id, EntityKind.Instance, instance.MarkOf("id")))
                {
                    builder.Add(new InstanceSpec(id, host));
                    _instanceService[id] = serviceId;
                }
            }
        }
        else if (map.Has("count"))
        {
            var count = map.Integer("count", min: 0, max: 10_000) ?? 1;
            var hosts = Ids(map, "hosts", EntityKind.Host, $"'hosts' of {what}", required: true);
            for (var i = 0; i < count && hosts.Length > 0; i++)
            {
                var id = serviceId + "-" + (i + 1).ToString(CultureInfo.InvariantCulture);
                if (Declare(id, EntityKind.Instance, map.MarkOf("count")))
                {
                    builder.Add(new InstanceSpec(id, hosts[i % hosts.Length]));
                    _instanceService[id] = serviceId;
                }
            }
        }
        else
        {
            _problems.Add(map.Start, $"missing required key 'instances' (or 'count' and 'hosts') in {what}");
        }

        if ((map.Has("instances") || map.Has("count")) && builder.Count == 0)
        {
            _problems.Add(map.MarkOf(map.Has("instances") ? "instances" : "count"), $"{what} needs at least one instance, not 0");
        }

        return builder.ToImmutable();
    }
}
