using Microsoft.Extensions.Hosting;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// See <see cref="ISessionPresenceGrain"/>. The last beat of each open connection, in memory; expired ones are
/// dropped (against the injected clock) whenever presence is read, and the feeds' long-polls read it at least every
/// few seconds, so a connection that went silent leaves the others' consoles soon after its expiry.
/// </summary>
public sealed class SessionPresenceGrain(TimeProvider timeProvider, IHostApplicationLifetime? lifetime = null) : Grain, ISessionPresenceGrain
{
    /// <summary>The longest a long-poll is held: short, so that a deactivation is never kept waiting long.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(5);

    private readonly Dictionary<Guid, (PresentPerson Person, DateTimeOffset LastBeat)> _connections = [];
    private SessionPresence _presence = new([], Random.Shared.NextInt64(long.MinValue / 2, long.MaxValue / 2));
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task BeatAsync(Guid connection, PresentPerson person)
    {
        _connections[connection] = (person, timeProvider.GetUtcNow());
        Refresh();
        return Task.CompletedTask;
    }

    public Task LeaveAsync(Guid connection)
    {
        _connections.Remove(connection);
        Refresh();
        return Task.CompletedTask;
    }

    public Task<SessionPresence> GetAsync()
    {
        Refresh();
        return Task.FromResult(_presence);
    }

    public async Task<SessionPresence> WaitForChangeAsync(long seenVersion, TimeSpan maxWait)
    {
        Refresh();
        if (seenVersion == _presence.Version && maxWait > TimeSpan.Zero)
        {
            // A transport keep-alive, not simulated time: it runs on the real clock even when grains use a fake one.
            var wait = maxWait < LongestWait ? maxWait : LongestWait;
            await Task.WhenAny(_changed.Task, Task.Delay(wait, TimeProvider.System, lifetime?.ApplicationStopping ?? CancellationToken.None));
            Refresh();
        }
        return _presence;
    }

    /// <summary>Drops expired connections; when the people changed, moves the version and wakes every long-poll.</summary>
    private void Refresh()
    {
        var now = timeProvider.GetUtcNow();
        foreach (var connection in _connections.Where(c => now - c.Value.LastBeat > ISessionPresenceGrain.Expiry).Select(c => c.Key).ToList())
        {
            _connections.Remove(connection);
        }
        var people = new SessionPresence([.. _connections.Values.Select(c => c.Person).Distinct()
            .OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.PersonId)]);
        if (people.SameAs(_presence))
        {
            return;
        }
        _presence = people with { Version = _presence.Version + 1 };
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}
