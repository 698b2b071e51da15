namespace PracticePlatform.Testing;

/// <summary>
/// Things that arrive from background work (requests, messages, log records), kept in arrival order, with waits
/// that end as soon as enough have arrived and time out with a message saying what was awaited.
/// </summary>
public sealed class Arrivals<T>
{
    /// <summary>How long a wait lasts before it fails: generous, because it only matters when something is broken.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly Lock _lock = new();
    private readonly List<T> _items = [];
    private readonly List<(Func<IReadOnlyList<T>, bool> Done, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>Everything that arrived so far.</summary>
    public IReadOnlyList<T> Items
    {
        get
        {
            lock (_lock)
            {
                return [.. _items];
            }
        }
    }

    /// <summary>Adds an arrival and wakes the waits it completes.</summary>
    public void Add(T item)
    {
        List<TaskCompletionSource> wake;
        lock (_lock)
        {
            _items.Add(item);
            wake = [.. _waiters.Where(w => w.Done(_items)).Select(w => w.Signal)];
            _waiters.RemoveAll(w => wake.Contains(w.Signal));
        }
        wake.ForEach(signal => signal.TrySetResult());
    }

    /// <summary>Waits until at least <paramref name="count"/> items arrived; returns the first <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<T>> WaitForCountAsync(int count, string what, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(items => items.Count >= count, $"{count} {what}", timeout).ConfigureAwait(false);
        return Items.Take(count).ToArray();
    }

    /// <summary>Waits until an item matching <paramref name="match"/> arrived, and returns the first such item.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> match, string what, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(items => items.Any(match), what, timeout).ConfigureAwait(false);
        return Items.First(match);
    }

    private async Task WaitUntilAsync(Func<IReadOnlyList<T>, bool> done, string what, TimeSpan? timeout)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (done(_items))
            {
                return;
            }
            _waiters.Add((done, signal));
        }
        var limit = timeout ?? DefaultTimeout;
        try
        {
            await signal.Task.WaitAsync(limit).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}; {Items.Count} arrived: {string.Join("; ", Items)}");
        }
    }
}
