namespace PracticePlatform.Simulation.Faults.RetryStorm;

/// <summary>The retry-storm fault kind: name, targets and parameters.</summary>
internal static class RetryStormSpec
{
    public const string Kind = "retry-storm";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "Clients of a request type retry immediately and many times after a short blip; the extra load keeps the service saturated after the blip is over. Shedding load (rate limit) or rolling back the retry policy fixes it.",
        FaultTargets.RequestType,
        [
            new("retries", "6", "retries per failed request", 0, 20),
            new("blip_s", "30", "seconds the first service on the path fails at the start", 0, 3600),
            new("valid", "", "retry counts that fix it: a range lo..hi or a set a|b (empty: 0..2)"),
        ])
    {
        Remedy = "`config rollback <service on the path>` or `config set <service> retries <n>` with a count `valid` accepts; `ratelimit <front service> <rps>` sheds load meanwhile",
        CreateBehaviour = () => new RetryStormBehaviour(),
    };
}
