namespace PracticePlatform.Runtime;

/// <summary>Calls to this interface method interleave with any other request of the grain.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute
{
}
