using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Tests.Faults;
using PracticePlatform.Simulation.Tests.Faults.LinkPartition;

namespace PracticePlatform.Simulation.Tests.Model;

/// <summary>A NAT gateway is a plain service on the path (as docs/scenario-format.md shows): it saturates like one.</summary>
public sealed class GatewayTests
{
    private static Cell WithGateway(int capacityRps)
    {
        var scenario = SplitDrill.Edited(
            ("      depends_on: [rails]\n      count: 2\n      hosts: [east-1, east-2]\n",
             "      depends_on: [nat-gateway]\n      count: 2\n      hosts: [east-1, east-2]\n"
             + "    - id: nat-gateway\n      kind: proxy\n      capacity_rps: " + capacityRps + "\n      base_latency_ms: 0.5\n"
             + "      connection_pool: 2000\n      depends_on: [rails]\n      count: 2\n      hosts: [east-1, east-2]\n"),
            ("path: [frontend, rails, mysql], timeout: 10s, retries: 1, slo_ms: 300 }\n    - { id: git-push",
             "path: [frontend, nat-gateway, rails, mysql], timeout: 10s, retries: 1, slo_ms: 300 }\n    - { id: git-push"),
            ("write: true, path: [frontend, rails, mysql]", "write: true, path: [frontend, nat-gateway, rails, mysql]"));
        return Cell.Create(scenario, 9);
    }

    [Fact]
    public void AGatewayTooSmallForTheTraffic_Saturates_AndOneWithHeadroomDoesNot()
    {
        var small = WithGateway(200);
        var ample = WithGateway(600);
        small.RunUntil(150);
        ample.RunUntil(150);

        Assert.True(FaultDrill.FailShare(small) > 0.1, FaultDrill.Describe(small));
        Assert.True(FaultDrill.FailShare(ample) < 0.01, FaultDrill.Describe(ample));
    }
}
