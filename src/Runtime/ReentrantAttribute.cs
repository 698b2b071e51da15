namespace PracticePlatform.Runtime;

/// <summary>Requests to this grain class may interleave: a new turn can start while another awaits.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReentrantAttribute : Attribute
{
}
