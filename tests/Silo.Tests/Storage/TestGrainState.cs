namespace PracticePlatform.Silo.Tests.Storage;

/// <summary>The state holder a grain's persistent state would be, reduced to what storage reads and writes.</summary>
public sealed class TestGrainState<T> : IGrainState<T>
{
    // Orleans annotates the setter's nullability in a way an unconstrained T cannot repeat; storage sets a value or a new default.
#pragma warning disable CS8767
    public T State { get; set; } = default!;
#pragma warning restore CS8767

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
