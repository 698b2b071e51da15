namespace PracticePlatform.Runtime;

/// <summary>Overrides the grain type name (by default the class name, lower case, without the "Grain" suffix).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
