using PracticePlatform.Runtime.Calls;

namespace PracticePlatform.Runtime;

/// <summary>Helpers on grain references.</summary>
public static class GrainReferenceExtensions
{
    /// <summary>The id of the grain a reference points at.</summary>
    public static GrainId GetGrainId(this IGrain reference) => reference is GrainProxy proxy
        ? proxy.GrainId
        : throw new ArgumentException("Not a grain reference obtained from IGrainFactory.", nameof(reference));
}
