namespace PracticePlatform.Practice.Bench.Calls;

/// <summary>Answers at once, with no state: an activation is only what Orleans keeps per grain.</summary>
public sealed class EchoGrain : Grain, IEchoGrain
{
    public Task<int> EchoAsync(int value) => Task.FromResult(value);
}
