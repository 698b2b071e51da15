namespace PracticePlatform.Runtime;

/// <summary>
/// A call would wait for a turn of a non-reentrant grain that is itself waiting, directly or through other grains,
/// for this call: the cycle is reported instead of hanging until the response timeout.
/// </summary>
public sealed class DeadlockException : Exception
{
    public DeadlockException()
    {
    }

    public DeadlockException(string message)
        : base(message)
    {
    }

    public DeadlockException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeadlockException(IReadOnlyList<GrainId> callChain)
        : base($"Deadlock: the call cycle {string.Join(" -> ", callChain)} runs between non-reentrant grains, so each waits for the other's turn. " +
               "Mark the grain [Reentrant], the method [AlwaysInterleave], or break the cycle.")
    {
        CallChain = callChain;
    }

    /// <summary>The grains in the cycle, from the one called first to the one called again.</summary>
    public IReadOnlyList<GrainId> CallChain { get; } = [];
}
