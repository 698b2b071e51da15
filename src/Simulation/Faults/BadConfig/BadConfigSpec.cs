namespace PracticePlatform.Simulation.Faults.BadConfig;

/// <summary>The bad-config fault kind: name, targets and parameters.</summary>
internal static class BadConfigSpec
{
    public const string Kind = "bad-config";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A bad configuration is pushed to a service, everywhere at once or staged (share, then escalate_at): instances with it fail a share of requests, or (cpu_cost) spend more CPU on each one. Rolling back the config fixes it.",
        FaultTargets.Service,
        [
            new("key", "upstream_pool", "the configuration key that gets a bad value"),
            new("value", "0", "the bad value"),
            new("error_share", "1", "share of requests failing on an affected instance", 0, 1),
            new("cpu_cost", "1", "how many times the CPU each request costs on an affected instance (a rule that backtracks: 20)", 1, 1000),
            new("valid", "", "values that fix it: a range lo..hi or a set a|b (empty: only the value before the push)"),
        ])
    {
        Remedy = "`config rollback <service>`, or `config set <service> <key> <value>` with a value `valid` accepts; a bad value set again brings it back",
        CreateBehaviour = () => new BadConfigBehaviour(),
    };
}
