using Orleans;

namespace PracticePlatform.Silo.Tests.Storage;

/// <summary>The state holder a grain's persistent state would be, reduced to what storage reads and writes.</summary>
public sealed class TestGrainState<T> : IGrainState<T>
{
    public T State { get; set; } = default!;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
