namespace PracticePlatform.Runtime;

/// <summary>Marker for grain interfaces. Use one of the keyed variants.</summary>
#pragma warning disable CA1040 // Marker interfaces mirror the Orleans programming model.
public interface IGrain
{
}

/// <summary>A grain located by a string key.</summary>
public interface IGrainWithStringKey : IGrain
{
}

/// <summary>A grain located by a <see cref="Guid"/> key.</summary>
public interface IGrainWithGuidKey : IGrain
{
}

/// <summary>A grain located by a 64-bit integer key.</summary>
public interface IGrainWithIntegerKey : IGrain
{
}
#pragma warning restore CA1040
