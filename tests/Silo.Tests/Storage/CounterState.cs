namespace PracticePlatform.Silo.Tests.Storage;

/// <summary>A small grain state for the storage tests.</summary>
public sealed class CounterState
{
    public int Value { get; set; }

    public string Note { get; set; } = "";
}
