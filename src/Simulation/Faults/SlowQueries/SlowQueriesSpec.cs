namespace PracticePlatform.Simulation.Faults.SlowQueries;

/// <summary>The slow-queries fault kind: name, targets and parameters.</summary>
internal static class SlowQueriesSpec
{
    public const string Kind = "slow-queries";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A bad plan makes queries on the database slow: latency climbs, connections pile up. Cancelling the queries (or creating the missing index) fixes it.",
        FaultTargets.Database,
        [
            new("factor", "20", "how many times slower queries run", 1, 10000),
        ])
    {
        Remedy = "`db cancel-queries <database>`",
        CreateBehaviour = () => new SlowQueriesBehaviour(),
    };
}
