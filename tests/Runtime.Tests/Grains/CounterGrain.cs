namespace PracticePlatform.Runtime.Tests.Grains;

public sealed class CounterGrain : Grain, ICounterGrain
{
    private static int _activations;
    private readonly CallLog _log;
    private int _count;
    private int _activationNumber;

    internal CounterGrain(CallLog log)
    {
        _log = log;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activationNumber = Interlocked.Increment(ref _activations);
        _log.Add($"activate {this.GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _log.Add($"deactivate {this.GetPrimaryKeyString()} {reason}");
        return Task.CompletedTask;
    }

    public Task<int> IncrementAsync() => Task.FromResult(++_count);

    public Task<int> GetAsync() => Task.FromResult(_count);

    public Task FailAsync(string message) => throw new InvalidOperationException(message);

    public Task<string> WhoAmIAsync() => Task.FromResult(GrainId.ToString());

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<int> ActivationNumberAsync() => Task.FromResult(_activationNumber);
}

public sealed class GuidKeyedGrain : Grain, IGuidKeyedGrain
{
    public Task<Guid> KeyAsync() => Task.FromResult(this.GetPrimaryKey());
}

public sealed class IntegerKeyedGrain : Grain, IIntegerKeyedGrain
{
    public Task<long> KeyAsync() => Task.FromResult(this.GetPrimaryKeyLong());
}
