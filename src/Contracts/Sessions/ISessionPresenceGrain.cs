using Orleans.Concurrency;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// Who has one session's console open now, keyed by the session's id. Every open live feed (whichever API process
/// serves it) beats for its connection every <see cref="BeatEvery"/> and leaves when it closes; a connection that
/// stops beating without leaving (a frontend that died) is forgotten <see cref="Expiry"/> after its last beat, by the
/// injected clock. Feeds long-poll <see cref="WaitForChangeAsync"/> to hear of people coming and going at once.
/// Kept in memory only: a new activation learns everyone again from their next beat, and nothing is written to storage.
/// The caller checks who may ask (the session's participants and admins).
/// </summary>
[Alias("practice.ISessionPresenceGrain")]
public interface ISessionPresenceGrain : IGrainWithGuidKey
{
    /// <summary>How long a connection counts as present after its last beat.</summary>
    static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    /// <summary>How often an open feed beats: three beats fit in <see cref="Expiry"/>, so one lost beat loses no one.</summary>
    static readonly TimeSpan BeatEvery = TimeSpan.FromSeconds(10);

    /// <summary>Connection <paramref name="connection"/> of <paramref name="person"/> is open now.</summary>
    Task BeatAsync(Guid connection, PresentPerson person);

    /// <summary>Connection <paramref name="connection"/> closed.</summary>
    Task LeaveAsync(Guid connection);

    /// <summary>Who is present now.</summary>
    Task<SessionPresence> GetAsync();

    /// <summary>
    /// Who is present, once its version differs from <paramref name="seenVersion"/> or <paramref name="maxWait"/> (at
    /// most 5 s, on the real clock) has passed. Interleaves with the other calls, which it only waits beside.
    /// </summary>
    [AlwaysInterleave]
    Task<SessionPresence> WaitForChangeAsync(long seenVersion, TimeSpan maxWait);
}
