namespace PracticePlatform.Api.Apis;

/// <summary>
/// The smallest scenario file worth practising: one web API behind one request type, whose processes crash at
/// minute 3. The example body of a scenario upload and check (scenarios/ holds full ones).
/// </summary>
public static class ScenarioFileExample
{
    public const string Yaml = """
        id: example-webapi-crash
        version: 1
        title: Web API processes crash
        summary: Page requests start failing when half the web API's processes crash.
        difficulty: beginner
        expected_duration: 30m
        environment:
          kind: generic
          datacenters:
            - { id: dc-1, region: eu-west }
          hosts:
            - { id: host-1, datacenter: dc-1, cpus: 16, memory_gb: 64, disk_gb: 500 }
          services:
            - { id: webapi, kind: api, capacity_rps: 500, base_latency_ms: 8, count: 2, hosts: [host-1] }
        traffic:
          request_types:
            - { id: get-page, rate: 200, path: [webapi], timeout: 30s }
        injects:
          - { id: webapi-crash, kind: process-crash, target: webapi, at: 3m, share: 0.5 }
        alarm_rules:
          - { id: webapi-process-down, kind: process-down, target: webapi, for: 1m }
        tools: [os]
        hints:
          - What does the service manager say about the web API?
        resolution:
          - { kind: all-online, target: webapi }
        solution: |
          `svcs -xv` shows webapi in maintenance; `svcadm clear webapi-N` brings each instance back.

        """;
}
