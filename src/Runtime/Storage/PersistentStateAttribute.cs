namespace PracticePlatform.Runtime.Storage;

/// <summary>Marks an <see cref="IPersistentState{TState}"/> constructor parameter: its state name and storage provider.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    /// <summary>The state's name, unique per grain.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The storage provider's name; null means <see cref="GrainStorageNames.Default"/>.</summary>
    public string? StorageName { get; } = storageName;
}
