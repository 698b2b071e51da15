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

    /// <summary>
    /// A new reference of the same generated proxy type: cloning a prototype is far cheaper than asking
    /// <see cref="DispatchProxy"/> for a new instance, which matters when many grains activate.
    /// </summary>
    internal GrainProxy Bind(GrainRuntime runtime, GrainClass grainClass, GrainId grainId)
    {
        var proxy = (GrainProxy)MemberwiseClone();
        proxy.Runtime = runtime;
        proxy.Class = grainClass;
        proxy.GrainId = grainId;
        return proxy;
    }

    /// <summary>The unbound prototype proxy per grain interface.</summary>
    internal static class Prototype<TGrainInterface>
    {
        public static readonly GrainProxy Instance = (GrainProxy)(object)DispatchProxy.Create<TGrainInterface, GrainProxy>()!;
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
