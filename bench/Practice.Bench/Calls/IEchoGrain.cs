namespace PracticePlatform.Practice.Bench.Calls;

/// <summary>The smallest grain there is: what a call costs when the grain does nothing.</summary>
[Alias("bench.IEchoGrain")]
public interface IEchoGrain : IGrainWithIntegerKey
{
    /// <summary>Answers its argument.</summary>
    Task<int> EchoAsync(int value);
}
