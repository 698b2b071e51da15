namespace PracticePlatform.Runtime.Tests.Grains;

/// <summary>Grains that report how many requests run at once, to observe turn-based execution.</summary>
public interface ITurnGrainBase : IGrainWithStringKey
{
    /// <summary>Records entry, yields several times, records exit; returns the most requests seen inside at once.</summary>
    Task<int> WorkAsync(int step);

    /// <summary>Waits on the test's gate <paramref name="gate"/>.</summary>
    Task WaitAsync(string gate);

    [AlwaysInterleave]
    Task<string> PingAsync();

    [ReadOnly]
    Task ReadAsync(string gate);

    Task<int> MaxConcurrencyAsync();
}

public interface ITurnGrain : ITurnGrainBase
{
}

public interface IReentrantTurnGrain : ITurnGrainBase
{
}
