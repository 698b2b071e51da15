namespace PracticePlatform.Silo.Storage;

/// <summary>Well-known storage provider names.</summary>
public static class GrainStorageNames
{
    /// <summary>The provider Orleans uses when a state names none.</summary>
    public const string Default = "Default";
}
