namespace PracticePlatform.Testing;

/// <summary>
/// Waits for an effect that Orleans runs in a turn of its own (a timer or reminder tick after the fake clock moved):
/// reads until the condition holds, briefly yielding the thread between reads, and fails naming what was awaited.
/// No virtual time passes while it waits.
/// </summary>
public static class Eventually
{
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string awaited, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }
            if (TimeProvider.System.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {awaited}; last seen: {value}.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }
    }

    /// <summary>Whether <paramref name="condition"/> came to hold within <paramref name="timeout"/> (read every 20 ms).</summary>
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var started = TimeProvider.System.GetTimestamp();
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > timeout)
            {
                return false;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
        return true;
    }
}
