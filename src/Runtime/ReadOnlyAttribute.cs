namespace PracticePlatform.Runtime;

/// <summary>This interface method does not change state: read-only calls interleave with each other, not with writers.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute
{
}
