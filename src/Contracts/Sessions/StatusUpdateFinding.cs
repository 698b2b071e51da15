namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// A status update that came late or never: due at a simulated second (by the scenario's cadence since the impact
/// started, or by the previous update's promise, whichever came first), and the second it came (null: missing), with
/// a sentence saying so.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.StatusUpdateFinding")]
public sealed record StatusUpdateFinding(
    [property: Id(0)] long DueSecond,
    [property: Id(1)] long? CameSecond,
    [property: Id(2)] string Text)
{
    /// <summary>Whether no update came at all for this due time.</summary>
    public bool Missing => CameSecond is null;
}
