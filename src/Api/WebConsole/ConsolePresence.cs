using PracticePlatform.Api.Live;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// One live feed's part in the session's presence (<see cref="ISessionPresenceGrain"/>, in memory, so beating writes
/// nothing to storage): beats for its connection on the injected clock, the clock presence expires by; long-polls
/// for people coming and going, answering who is present when that changed since the feed last said; and leaves
/// when the feed closes, so the others see it go at once.
/// </summary>
public sealed class ConsolePresence(IGrainFactory grains, SessionSeat seat, TimeProvider time)
{
    /// <summary>How long one long-poll may be held by the grain (it caps this at 5 s itself).</summary>
    private static readonly TimeSpan PollWait = TimeSpan.FromSeconds(5);

    /// <summary>The pause after a failed call, so a feed does not spin while a dead silo is being declared dead.</summary>
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    private readonly Guid _connection = Guid.NewGuid();
    private readonly ISessionPresenceGrain _grain = grains.GetGrain<ISessionPresenceGrain>(seat.Session.Id);

    // The page starts with nobody shown; any version differs from the grain's (which starts at a random one).
    private SessionPresence _sent = new([], long.MinValue);

    /// <summary>The seat as others see it: its name, and the role it has the console open in.</summary>
    public PresentPerson Person { get; } = new(seat.Caller.PersonId, seat.Caller.Name, seat.Role ?? ParticipantRole.Instigator);

    /// <summary>Beats now, then every <see cref="ISessionPresenceGrain.BeatEvery"/> until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task BeatUntilAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ISessionPresenceGrain.BeatEvery, time);
        try
        {
            do
            {
                await BeatAsync();
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // The feed closed.
        }
    }

    /// <summary>Beats once (a busy grain misses one beat of three).</summary>
    public async Task BeatAsync()
    {
        try
        {
            await _grain.BeatAsync(_connection, Person);
        }
        catch (Exception e) when (TransientFailure.Is(e))
        {
            // The next beat comes before the expiry.
        }
    }

    /// <summary>Who is present, once that differs from what the feed last said; null when the feed closes first.</summary>
    public async Task<SessionPresence?> NextAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                try
                {
                    var now = await _grain.WaitForChangeAsync(_sent.Version, PollWait).WaitAsync(cancellationToken);
                    var changed = !now.SameAs(_sent);
                    _sent = now;
                    if (changed)
                    {
                        return now;
                    }
                }
                catch (Exception e) when (TransientFailure.Is(e))
                {
                    await Task.Delay(RetryPause, TimeProvider.System, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The feed closed: the others stop counting this connection at once rather than at its expiry.</summary>
    public async Task LeaveAsync()
    {
        try
        {
            await _grain.LeaveAsync(_connection);
        }
        catch (Exception e) when (TransientFailure.Is(e))
        {
            // The beat expires by itself.
        }
    }
}
