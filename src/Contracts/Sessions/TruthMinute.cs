namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// One request type in one simulated minute, as the simulation counted it: requests attempted and failed, and the p99
/// latency in milliseconds of the requests that succeeded (0 when none did, see <see cref="NoSuccess"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.TruthMinute")]
public sealed record TruthMinute([property: Id(0)] long Minute, [property: Id(1)] long Attempted, [property: Id(2)] long Failed, [property: Id(3)] double P99Ms)
{
    /// <summary>The share of this minute's requests that failed (0 when there were none).</summary>
    public double FailedShare => Attempted == 0 ? 0 : (double)Failed / Attempted;

    /// <summary>Requests came and none succeeded: the minute has no latency to speak of, not a low one.</summary>
    public bool NoSuccess => Attempted > 0 && Failed >= Attempted;
}
