namespace PracticePlatform.Runtime.Storage;

/// <summary>
/// A write or clear carried an ETag that storage no longer holds: another activation wrote in between.
/// The runtime discards the activation that saw it, so the next call reloads state.
/// </summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException()
    {
    }

    public InconsistentStateException(string message)
        : base(message)
    {
    }

    public InconsistentStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InconsistentStateException(string message, string? storedETag, string? currentETag)
        : base(message)
    {
        StoredETag = storedETag;
        CurrentETag = currentETag;
    }

    /// <summary>The ETag storage holds.</summary>
    public string? StoredETag { get; }

    /// <summary>The ETag the caller presented.</summary>
    public string? CurrentETag { get; }
}
