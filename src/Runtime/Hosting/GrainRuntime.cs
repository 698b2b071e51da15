using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PracticePlatform.Runtime.Activation;
using PracticePlatform.Runtime.Calls;
using PracticePlatform.Runtime.Metrics;
using PracticePlatform.Runtime.Reminders;

namespace PracticePlatform.Runtime.Hosting;

/// <summary>
/// The silo-side runtime: the activation directory, request delivery, and the grain factory. Calls from outside any
/// grain run the turn on the caller's thread when the activation is free (no thread hop); calls between grains are
/// queued to the callee's activation.
/// </summary>
public sealed class GrainRuntime : IGrainFactory, IDisposable
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> _directory = new();
    private readonly GrainClassRegistry _classes;

    public GrainRuntime(
        IServiceProvider services,
        IEnumerable<GrainAssembly> grainAssemblies,
        IEnumerable<IIncomingGrainCallFilter> callFilters,
        IOptions<GrainRuntimeOptions> options,
        TimeProvider timeProvider,
        IReminderTable reminderTable,
        ILogger<GrainRuntime> logger)
    {
        Options = options.Value;
        TimeProvider = timeProvider;
        Logger = logger;
        CallFilters = [.. callFilters];
        _classes = new GrainClassRegistry(grainAssemblies.Select(a => a.Assembly), services);
        Instruments = new RuntimeInstruments(() => _classes.Classes.Select(c => (c.TypeName, c.ActivationCount)));
        Reminders = new ReminderService(this, reminderTable);
    }

    public GrainRuntimeOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>The runtime's metric instruments.</summary>
    public RuntimeInstruments Instruments { get; }

    /// <summary>Durable reminders.</summary>
    public ReminderService Reminders { get; }

    /// <summary>How many activations are live.</summary>
    public int ActivationCount => _directory.Count;

    /// <summary>Live activations per grain type.</summary>
    public IReadOnlyDictionary<string, int> ActivationsByType =>
        _classes.Classes.ToDictionary(c => c.TypeName, c => c.ActivationCount, StringComparer.Ordinal);

    internal ILogger Logger { get; }

    internal IIncomingGrainCallFilter[] CallFilters { get; }

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(primaryKey);
        return CreateReference<TGrainInterface>(primaryKey);
    }

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey)
        where TGrainInterface : IGrainWithGuidKey =>
        CreateReference<TGrainInterface>(primaryKey.ToString("N"));

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey)
        where TGrainInterface : IGrainWithIntegerKey =>
        CreateReference<TGrainInterface>(primaryKey.ToString(CultureInfo.InvariantCulture));

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IGrain
    {
        var grainClass = _classes.ForTypeName(grainId.Type);
        if (!typeof(TGrainInterface).IsAssignableFrom(grainClass.ClassType))
        {
            throw new InvalidCastException($"Grain {grainId} ({grainClass.ClassType.Name}) does not implement {typeof(TGrainInterface).Name}.");
        }
        return Bind<TGrainInterface>(grainClass, grainId);
    }

    /// <summary>Deactivates every activation (best effort), as when the silo stops.</summary>
    public async Task DeactivateAllAsync(DeactivationReason reason)
    {
        var waits = _directory.Values.Select(a => a.WhenRemoved).ToList();
        foreach (var activation in _directory.Values)
        {
            activation.RequestDeactivation(reason);
        }
        await Task.WhenAll(waits).WaitAsync(Options.DeactivationTimeout, TimeProvider).ConfigureAwait(false);
    }

    /// <summary>Deactivates activations idle since <paramref name="threshold"/>; returns how many.</summary>
    internal int CollectIdle(long threshold)
    {
        var collected = 0;
        foreach (var activation in _directory.Values)
        {
            if (activation.IsIdleSince(threshold))
            {
                activation.RequestDeactivation(DeactivationReason.IdleCollection);
                collected++;
            }
        }
        return collected;
    }

    /// <summary>Fails requests sent before <paramref name="sentBefore"/> that are still unanswered.</summary>
    internal void FailExpiredRequests(long sentBefore)
    {
        foreach (var activation in _directory.Values)
        {
            activation.FailExpired(sentBefore, Options.ResponseTimeout);
        }
    }

    internal void Send(IGrainRequest request, GrainClass grainClass)
    {
        // Outside any grain the caller's thread may run the turn itself; inside one, the callee gets its own turn.
        var inline = SynchronizationContext.Current is not GrainActivation;
        while (true)
        {
            var activation = GetOrCreateActivation(request.Target, grainClass, inline);
            if (activation.Deliver(request, inline))
            {
                return;
            }
        }
    }

    internal void Redeliver(IGrainRequest request) => Send(request, _classes.ForTypeName(request.Target.Type));

    internal void RemoveActivation(GrainActivation activation) =>
        _directory.TryRemove(new KeyValuePair<GrainId, GrainActivation>(activation.GrainId, activation));

    private GrainActivation GetOrCreateActivation(GrainId grainId, GrainClass grainClass, bool inline)
    {
        if (_directory.TryGetValue(grainId, out var existing))
        {
            return existing;
        }
        var created = new GrainActivation(this, grainClass, grainId);
        var activation = _directory.GetOrAdd(grainId, created);
        if (ReferenceEquals(activation, created))
        {
            created.Start(inline);
        }
        return activation;
    }

    private TGrainInterface CreateReference<TGrainInterface>(string key)
        where TGrainInterface : IGrain
    {
        var grainClass = _classes.ForInterface(typeof(TGrainInterface));
        return Bind<TGrainInterface>(grainClass, new GrainId(grainClass.TypeName, key));
    }

    private TGrainInterface Bind<TGrainInterface>(GrainClass grainClass, GrainId grainId)
        where TGrainInterface : IGrain
    {
        return (TGrainInterface)(object)GrainProxy.Prototype<TGrainInterface>.Instance.Bind(this, grainClass, grainId);
    }

    public void Dispose() => Instruments.Dispose();
}
