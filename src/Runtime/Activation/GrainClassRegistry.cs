using System.Reflection;

namespace PracticePlatform.Runtime.Activation;

/// <summary>Maps grain interfaces and grain type names to the grain classes that implement them.</summary>
internal sealed class GrainClassRegistry
{
    private readonly Dictionary<Type, GrainClass> _byInterface = [];
    private readonly Dictionary<Type, string> _ambiguous = [];
    private readonly Dictionary<string, GrainClass> _byTypeName = new(StringComparer.Ordinal);

    public GrainClassRegistry(IEnumerable<Assembly> assemblies, IServiceProvider services)
    {
        var classes = assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && typeof(Grain).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in classes)
        {
            var grainClass = new GrainClass(type, services);
            if (!_byTypeName.TryAdd(grainClass.TypeName, grainClass))
            {
                throw new InvalidOperationException(
                    $"Grain classes {_byTypeName[grainClass.TypeName].ClassType.FullName} and {type.FullName} share the type name '{grainClass.TypeName}'; give one a [GrainType].");
            }
            foreach (var grainInterface in type.GetInterfaces().Where(i => typeof(IGrain).IsAssignableFrom(i) && !IsFrameworkInterface(i)))
            {
                if (!_byInterface.TryAdd(grainInterface, grainClass))
                {
                    // Only a problem if someone asks for a grain by this interface: then the class is not known.
                    _ambiguous[grainInterface] = $"Grain interface {grainInterface.Name} is implemented by both {_byInterface[grainInterface].ClassType.Name} and {type.Name}; ask for a more specific interface.";
                }
            }
        }
    }

    public IEnumerable<GrainClass> Classes => _byTypeName.Values;

    public GrainClass ForInterface(Type grainInterface) => _ambiguous.TryGetValue(grainInterface, out var ambiguity)
        ? throw new InvalidOperationException(ambiguity)
        : _byInterface.TryGetValue(grainInterface, out var grainClass)
        ? grainClass
        : throw new InvalidOperationException($"No grain class implements {grainInterface.Name}; is its assembly registered with the runtime?");

    public GrainClass ForTypeName(string typeName) => _byTypeName.TryGetValue(typeName, out var grainClass)
        ? grainClass
        : throw new InvalidOperationException($"No grain class has the type name '{typeName}'.");

    private static bool IsFrameworkInterface(Type type) =>
        type == typeof(IGrain) || type == typeof(IGrainWithStringKey) || type == typeof(IGrainWithGuidKey)
        || type == typeof(IGrainWithIntegerKey) || type == typeof(IRemindable);
}
