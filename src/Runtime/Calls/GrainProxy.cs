using System.Reflection;
using PracticePlatform.Runtime.Activation;
using PracticePlatform.Runtime.Hosting;

namespace PracticePlatform.Runtime.Calls;

/// <summary>
/// A grain reference: implements the grain interface and turns each call into a request to the grain's activation,
/// wherever it lives. Public only because <see cref="DispatchProxy"/> requires it; use grain interfaces instead.
/// </summary>
public class GrainProxy : DispatchProxy
{
    internal GrainRuntime Runtime { get; private set; } = null!;

    internal GrainClass Class { get; private set; } = null!;

    /// <summary>The referenced grain.</summary>
    public GrainId GrainId { get; private set; }

    internal void Bind(GrainRuntime runtime, GrainClass grainClass, GrainId grainId)
    {
        Runtime = runtime;
        Class = grainClass;
        GrainId = grainId;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.DeclaringType == typeof(object))
        {
            return targetMethod.Invoke(this, args);
        }
        return GrainMethod.For(targetMethod).Send(this, args ?? []);
    }

    public override string ToString() => $"GrainReference({GrainId})";

    public override bool Equals(object? obj) => obj is GrainProxy other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();
}
