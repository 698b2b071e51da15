namespace PracticePlatform.Runtime.Storage;

/// <summary>The state of one grain as storage providers read and write it.</summary>
public interface IGrainState<T>
{
    /// <summary>The state value.</summary>
    T State { get; set; }

    /// <summary>The version last read or written; a write with a stale value fails.</summary>
    string? ETag { get; set; }

    /// <summary>Whether storage holds a record for this state.</summary>
    bool RecordExists { get; set; }
}
