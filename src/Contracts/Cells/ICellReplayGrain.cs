namespace PracticePlatform.Contracts.Cells;

/// <summary>
/// A session's cell looked at again, keyed by the session's id: answers the cell as it was at any past second,
/// rebuilt from the nearest checkpoint plus the action log that <see cref="ICellGrain"/> keeps. Checkpoints (every
/// 2 simulated minutes) live in memory only, built on the first call and extended as the live log grows, so the live
/// cell's turns never wait for a replay and an idle replay frees its memory. Only its session calls it, after checking
/// who may replay and that the second is not after the session's.
/// </summary>
[Alias("practice.ICellReplayGrain")]
public interface ICellReplayGrain : IGrainWithGuidKey
{
    /// <summary>
    /// The cell of scenario <paramref name="scenarioId"/> and <paramref name="seed"/> at <paramref name="second"/>,
    /// played as the live cell was (<paramref name="injectsByHand"/>: no scripted injects).
    /// </summary>
    Task<CellFrame> AtAsync(string scenarioId, ulong seed, bool injectsByHand, long second);
}
