using System.Collections.Concurrent;

namespace PracticePlatform.Runtime.Tests;

/// <summary>What test grains report back to the test: events in order, and gates the test opens.</summary>
internal sealed class CallLog
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();

    public ConcurrentQueue<string> Events { get; } = new();

    public void Add(string entry) => Events.Enqueue(entry);

    public int Count(string entry) => Events.Count(e => e == entry);

    /// <summary>A task grain code awaits until the test calls <see cref="Open"/>.</summary>
    public Task Gate(string name) => _gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Open(string name) => _gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Grain code raises a signal; the test awaits it (with a timeout message saying what it awaited).</summary>
    public void Raise(string name) => _signals.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public Task Signal(string name) => _signals.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task
        .WaitAsync(TimeSpan.FromSeconds(10))
        .ContinueWith(t => t.IsFaulted ? throw new TimeoutException($"Signal '{name}' was not raised within 10 s.") : t, TaskScheduler.Default).Unwrap();
}
