namespace PracticePlatform.Runtime.Tests.Grains;

public abstract class TurnGrainBase : Grain, ITurnGrainBase
{
    private readonly CallLog _log;
    private int _inside;
    private int _max;

    internal TurnGrainBase(CallLog log)
    {
        _log = log;
    }

    public async Task<int> WorkAsync(int step)
    {
        Enter($"work {step}");
        for (var i = 0; i < 3; i++)
        {
            await Task.Yield();
        }
        Exit();
        return _max;
    }

    public async Task WaitAsync(string gate)
    {
        Enter($"wait {gate}");
        _log.Raise($"entered {gate}");
        await _log.Gate(gate);
        Exit();
    }

    public Task<string> PingAsync() => Task.FromResult("pong");

    public async Task ReadAsync(string gate)
    {
        Enter($"read {gate}");
        _log.Raise($"entered {gate}");
        await _log.Gate(gate);
        Exit();
    }

    public Task<int> MaxConcurrencyAsync() => Task.FromResult(_max);

    private void Enter(string what)
    {
        _log.Add(what);
        _max = Math.Max(_max, ++_inside);
    }

    private void Exit() => _inside--;
}

public sealed class TurnGrain : TurnGrainBase, ITurnGrain
{
    internal TurnGrain(CallLog log)
        : base(log)
    {
    }
}

[Reentrant]
public sealed class ReentrantTurnGrain : TurnGrainBase, IReentrantTurnGrain
{
    internal ReentrantTurnGrain(CallLog log)
        : base(log)
    {
    }
}
