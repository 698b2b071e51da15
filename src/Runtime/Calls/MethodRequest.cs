using PracticePlatform.Runtime.Activation;

namespace PracticePlatform.Runtime.Calls;

/// <summary>A call of a grain interface method; it is also the caller's pending answer.</summary>
internal sealed class MethodRequest<TResult> : TaskCompletionSource<TResult>, IGrainRequest, IMeasuredRequest
{
    private readonly GrainMethod<TResult> _method;
    private readonly object?[] _arguments;

    public MethodRequest(GrainProxy proxy, GrainMethod<TResult> method, object?[] arguments)
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        _method = method;
        _arguments = arguments;
        Target = proxy.GrainId;
        Chain = CallChain.Current;
        SentTimestamp = proxy.Runtime.TimeProvider.GetTimestamp();
    }

    public GrainId Target { get; }

    public GrainActivation? Activation { get; set; }

    public CallChain? Chain { get; }

    public long SentTimestamp { get; }

    public bool AlwaysInterleave => _method.AlwaysInterleave;

    public bool ReadOnly => _method.ReadOnly;

    public bool KeepsAlive => true;

    public KeyValuePair<string, object?> MethodTag => _method.MethodTag;

    public bool FollowsGrain => true;

    public bool IsAnswered => Task.IsCompleted;

    public Task Invoke(GrainActivation activation)
    {
        var grain = activation.Instance!;
        var filters = activation.Runtime.CallFilters;
        return filters.Length == 0 && !activation.Class.IsCallFilter
            ? _method.Invoker(grain, _arguments)
            : InvokeFilteredAsync(new IncomingCallContext(activation, _method, _arguments, filters));
    }

    private static async Task<TResult> InvokeFilteredAsync(IncomingCallContext context)
    {
        await ((IIncomingGrainCallContext)context).Invoke().ConfigureAwait(true);
        return (TResult)context.Result!;
    }

    public void Complete(Task turn)
    {
        if (turn.IsCompletedSuccessfully)
        {
            TrySetResult(GrainMethod<TResult>.ResultOf(turn));
        }
        else if (turn.IsCanceled)
        {
            TrySetCanceled();
        }
        else
        {
            var exception = turn.Exception!.InnerExceptions.Count == 1 ? turn.Exception.InnerException! : turn.Exception;
            TrySetException(exception);
        }
    }

    public void Fail(Exception exception) => TrySetException(exception);

    public string Describe() => $"{Target}.{_method.Name}";
}
