using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Tests.Catalog;

/// <summary>
/// The intended resolution of every built-in scenario, as responders would type it. Kept in the tests, not in the
/// scenarios, so the catalog's files stay what responders and instigators see; the solution write-ups describe
/// the same steps in prose.
/// </summary>
internal static class ResolutionScripts
{
    public static ImmutableSortedDictionary<string, ImmutableArray<ResolutionStep>> ByScenario { get; } =
        new Dictionary<string, ImmutableArray<ResolutionStep>>
        {
            ["manta-webapi-crash"] =
            [
                Step(6, "svcadm clear webapi"),
                Step(14, "svcadm clear webapi"),
            ],
            ["shop-retry-storm"] =
            [
                Step(10, "ratelimit ingress 900"),
                Step(11, "kubectl rollout undo deployment/frontend"),
                Step(16, "ratelimit ingress off"),
            ],
            ["manta-moray-schema-change"] =
            [
                Step(8, "db activity shard-1"),
                Step(9, "db cancel-queries shard-1"),
            ],
            ["manta-manatee-stuck-failover"] =
            [
                Step(12, "manatee-adm pg-status"),
                Step(13, "db rebuild pg-2"),
                Step(18, "db promote pg-2"),
            ],
            ["manta-monitoring-agent-starvation"] =
            [
                Step(6, "prstat cn-2a"),
                Step(7, "kill cn-2a vendor-telemetry-agent"),
                Step(7, "kill cn-2b vendor-telemetry-agent"),
            ],
            ["manta-webapi-hung-connections"] =
            [
                Step(10, "config show webapi"),
                Step(11, "config set webapi tcp_keepalive true"),
            ],
            ["manta-mako-tcp-slow-start"] =
            [
                Step(10, "netstat -s mako-1"),
                Step(12, "sysctl mako net.ipv4.tcp_slow_start_after_idle=0"),
            ],
            ["manta-mako-disk-full"] =
            [
                Step(6, "df -h"),
                Step(7, "free-disk mako-1"),
                Step(7, "free-disk mako-2"),
                Step(7, "free-disk mako-3"),
                Step(7, "free-disk mako-4"),
                Step(7, "free-disk mako-5"),
                Step(7, "free-disk mako-6"),
            ],
            ["manta-binder-dns-failure"] =
            [
                Step(8, "restart binder"),
            ],
            ["manta-clock-skew"] =
            [
                Step(7, "date cn-2a"),
                Step(8, "ntpdate cn-2a"),
            ],
            ["manta-webapi-bad-config-push"] =
            [
                Step(6, "config show webapi"),
                Step(7, "config rollback webapi"),
            ],
            ["shop-staged-bad-config"] =
            [
                Step(8, "config rollback frontend"),
            ],
            ["shop-auth-certificate-expiry"] =
            [
                Step(6, "cert show auth"),
                Step(7, "cert renew auth"),
            ],
            ["shop-cart-memory-leak"] =
            [
                Step(12, "kubectl describe pod cart-1"),
                Step(14, "kubectl rollout undo deployment/cart"),
            ],
            ["shop-checkout-pool-exhaustion"] =
            [
                Step(8, "config show checkout"),
                Step(9, "config set checkout connection_pool 64"),
            ],
            ["shop-order-queue-backlog"] =
            [
                Step(10, "metrics kafka queue-depth --since 10m"),
                Step(11, "svcadm clear order-worker"),
            ],
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static ResolutionStep Step(double minute, string command) => new(TimeSpan.FromMinutes(minute), command);
}
