using Microsoft.Extensions.Logging;
using PracticePlatform.Runtime.Calls;
using PracticePlatform.Runtime.Hosting;
using PracticePlatform.Runtime.Timers;

namespace PracticePlatform.Runtime.Activation;

/// <summary>
/// One activation of a grain. It is the synchronization context all of the grain's code runs in, so at most one
/// thread runs grain code at a time, and it gates requests into turns: a request starts only when the running ones
/// allow it (non-reentrant by default, also across awaits; <c>[Reentrant]</c>, <c>[AlwaysInterleave]</c> and
/// <c>[ReadOnly]</c> relax that).
/// </summary>
internal sealed partial class GrainActivation : SynchronizationContext, IThreadPoolWorkItem
{
    [ThreadStatic]
    private static GrainActivation? _constructing;

    private static readonly SendOrPostCallback StartTurnCallback = static state =>
    {
        var request = (IGrainRequest)state!;
        request.Activation!.StartTurn(request);
    };

    private readonly Lock _lock = new();
    private Queue<WorkItem>? _work;
    private bool _draining;
    private Queue<IGrainRequest>? _pending;
    private IGrainRequest? _exclusive;
    private List<IGrainRequest>? _interleaved;
    private ActivationStatus _status = ActivationStatus.Activating;
    private DeactivationReason? _deactivation;
    private List<IActivationState>? _states;
    private List<GrainTimer>? _timers;
    private long _lastActive;
    private TaskCompletionSource? _removed;

    public GrainActivation(GrainRuntime runtime, GrainClass grainClass, GrainId grainId)
    {
        Runtime = runtime;
        Class = grainClass;
        GrainId = grainId;
        _lastActive = runtime.TimeProvider.GetTimestamp();
    }

    /// <summary>The activation whose grain is being constructed on this thread (read by <see cref="Grain"/>'s constructor).</summary>
    internal static GrainActivation? Constructing
    {
        get => _constructing;
        set => _constructing = value;
    }

    public GrainRuntime Runtime { get; }

    public GrainClass Class { get; }

    public GrainId GrainId { get; }

    public Grain? Instance { get; private set; }

    public ActivationStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    public void AddState(IActivationState state) => (_states ??= []).Add(state);

    /// <summary>Starts activating: creates the grain, loads its state, runs <c>OnActivateAsync</c>.</summary>
    public void Start(bool inline) => Schedule(new WorkItem(static s => ((GrainActivation)s!).Activate(), this), inline);

    /// <summary>
    /// Hands a request to this activation. False means the activation is gone and the caller must find the grain's
    /// new activation.
    /// </summary>
    public bool Deliver(IGrainRequest request, bool inline)
    {
        bool start;
        bool deadlock = false;
        lock (_lock)
        {
            if (_status == ActivationStatus.Invalid)
            {
                return false;
            }
            request.Activation = this;
            if (request.KeepsAlive)
            {
                _lastActive = Runtime.TimeProvider.GetTimestamp();
            }
            start = _status == ActivationStatus.Valid && _deactivation is null && CanStart(request);
            if (start)
            {
                Admit(request);
            }
            else if (_status == ActivationStatus.Valid && _deactivation is null && request.Chain?.Contains(GrainId) == true)
            {
                deadlock = true;
            }
            else
            {
                (_pending ??= new Queue<IGrainRequest>()).Enqueue(request);
            }
        }
        if (deadlock)
        {
            request.Fail(new DeadlockException(request.Chain!.CycleTo(GrainId)));
        }
        else if (start)
        {
            Schedule(new WorkItem(StartTurnCallback, request), inline);
        }
        return true;
    }

    /// <summary>Deactivates once the running turns end.</summary>
    public void RequestDeactivation(DeactivationReason reason)
    {
        bool begin;
        lock (_lock)
        {
            if (_status != ActivationStatus.Valid || _deactivation is not null)
            {
                return;
            }
            _deactivation = reason;
            begin = _exclusive is null && (_interleaved is null || _interleaved.Count == 0);
            if (begin)
            {
                _status = ActivationStatus.Deactivating;
            }
        }
        if (begin)
        {
            Post(static s => _ = ((GrainActivation)s!).DeactivateAsync(), this);
        }
    }

    /// <summary>Whether no request ran or waited since <paramref name="threshold"/> (a timestamp).</summary>
    public bool IsIdleSince(long threshold)
    {
        lock (_lock)
        {
            // Work that does not keep the grain alive (a timer tick in flight) does not make it busy either.
            return _status == ActivationStatus.Valid && _lastActive <= threshold
                && _exclusive?.KeepsAlive != true
                && (_interleaved is null || _interleaved.TrueForAll(r => !r.KeepsAlive))
                && (_pending is null || _pending.All(r => !r.KeepsAlive));
        }
    }

    /// <summary>Fails every request that has waited longer than the response timeout; the turn itself runs on.</summary>
    public void FailExpired(long sentBefore, TimeSpan timeout)
    {
        List<IGrainRequest>? expired = null;
        lock (_lock)
        {
            Collect(_exclusive);
            if (_interleaved is not null)
            {
                foreach (var request in _interleaved)
                {
                    Collect(request);
                }
            }
            if (_pending is not null)
            {
                foreach (var request in _pending)
                {
                    Collect(request);
                }
            }
        }
        if (expired is null)
        {
            return;
        }
        Runtime.Instruments.OnTimedOut(expired.Count);
        foreach (var request in expired)
        {
            request.Fail(new TimeoutException(
                $"Response did not arrive on time in {timeout} for {request.Describe()}; it may still run (calls are never resent)."));
        }

        void Collect(IGrainRequest? request)
        {
            if (request is not null && request.SentTimestamp < sentBefore && !request.IsAnswered)
            {
                (expired ??= []).Add(request);
            }
        }
    }

    public override void Post(SendOrPostCallback d, object? state) => Schedule(new WorkItem(d, state), inline: false);

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Grain code cannot block its own activation.");

    public override SynchronizationContext CreateCopy() => this;

    public override string ToString() => $"Activation({GrainId})";

    private bool CanStart(IGrainRequest request)
    {
        if (_exclusive is null && (_interleaved is null || _interleaved.Count == 0))
        {
            return true;
        }
        if (Class.IsReentrant || request.AlwaysInterleave)
        {
            return true;
        }
        // Read-only calls share the activation with each other, never with a writer.
        return request.ReadOnly && _exclusive is null && _interleaved!.TrueForAll(r => r.ReadOnly || r.AlwaysInterleave);
    }

    private void Admit(IGrainRequest request)
    {
        if (_exclusive is null && (_interleaved is null || _interleaved.Count == 0) && !Class.IsReentrant && !request.ReadOnly && !request.AlwaysInterleave)
        {
            _exclusive = request;
        }
        else
        {
            (_interleaved ??= []).Add(request);
        }
    }

    private void StartTurn(IGrainRequest request)
    {
        if (request.IsAnswered)
        {
            // Timed out while it waited: the caller has moved on, so it never runs.
            EndTurn(request);
            return;
        }
        var caller = CallChain.Current;
        CallChain.Current = new CallChain(GrainId, request.Chain);
        Task turn;
        try
        {
            turn = request.Invoke(this);
        }
        catch (Exception exception)
        {
            turn = Task.FromException(exception);
        }
        finally
        {
            CallChain.Current = caller;
        }
        if (turn.IsCompleted)
        {
            FinishTurn(request, turn);
        }
        else
        {
            // Continues on this activation's context, as the next work item.
            turn.ConfigureAwait(true).GetAwaiter().UnsafeOnCompleted(() => FinishTurn(request, turn));
        }
    }

    private void FinishTurn(IGrainRequest request, Task turn)
    {
        Runtime.Instruments.OnCallCompleted(this, request, turn);
        request.Complete(turn);
        EndTurn(request);
    }

    private void EndTurn(IGrainRequest request)
    {
        List<IGrainRequest>? next = null;
        bool deactivate = false;
        lock (_lock)
        {
            if (ReferenceEquals(_exclusive, request))
            {
                _exclusive = null;
            }
            else
            {
                _interleaved?.Remove(request);
            }
            if (request.KeepsAlive)
            {
                _lastActive = Runtime.TimeProvider.GetTimestamp();
            }
            if (_deactivation is null)
            {
                while (_pending is { Count: > 0 } && CanStart(_pending.Peek()))
                {
                    var candidate = _pending.Dequeue();
                    Admit(candidate);
                    (next ??= []).Add(candidate);
                }
            }
            else if (_status == ActivationStatus.Valid && _exclusive is null && (_interleaved is null || _interleaved.Count == 0))
            {
                _status = ActivationStatus.Deactivating;
                deactivate = true;
            }
        }
        if (next is not null)
        {
            foreach (var candidate in next)
            {
                Schedule(new WorkItem(StartTurnCallback, candidate), inline: false);
            }
        }
        if (deactivate)
        {
            Post(static s => _ = ((GrainActivation)s!).DeactivateAsync(), this);
        }
    }

    private void Schedule(WorkItem item, bool inline)
    {
        lock (_lock)
        {
            (_work ??= new Queue<WorkItem>()).Enqueue(item);
            if (_draining)
            {
                return;
            }
            _draining = true;
        }
        if (inline)
        {
            Execute();
        }
        else
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>Runs queued work items one after another; only one thread drains an activation at a time.</summary>
    public void Execute()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (true)
            {
                WorkItem item;
                lock (_lock)
                {
                    if (!_work!.TryDequeue(out item))
                    {
                        _draining = false;
                        return;
                    }
                }
                try
                {
                    item.Callback(item.State);
                }
                catch (Exception exception)
                {
                    LogWorkItemFailed(Runtime.Logger, GrainId, exception);
                }
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A work item of activation {GrainId} failed")]
    private static partial void LogWorkItemFailed(ILogger logger, GrainId grainId, Exception exception);

    private readonly record struct WorkItem(SendOrPostCallback Callback, object? State);
}
