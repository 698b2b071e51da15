using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Runtime.Calls;
using PracticePlatform.Runtime.Storage;

namespace PracticePlatform.Runtime.Activation;

/// <summary>What the runtime knows about one grain class: its type name, interleaving and a compiled factory.</summary>
internal sealed class GrainClass
{
    private readonly Func<object?[], Grain> _construct;
    private readonly Func<GrainActivation, object?>[] _parameters;
    private int _activationCount;

    public GrainClass(Type classType, IServiceProvider services)
    {
        ClassType = classType;
        TypeName = classType.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? DefaultTypeName(classType);
        IsReentrant = classType.IsDefined(typeof(ReentrantAttribute), inherit: true);
        IsCallFilter = typeof(IIncomingGrainCallFilter).IsAssignableFrom(classType);
        HasActivationLogic = classType.GetMethod(nameof(Grain.OnActivateAsync))!.DeclaringType != typeof(Grain);
        TypeTag = new KeyValuePair<string, object?>("type", TypeName);

        var constructor = classType.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Grain class {classType.Name} has no constructor.");
        _parameters = [.. constructor.GetParameters().Select(p => ResolverFor(p, services))];
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var create = Expression.New(
            constructor,
            constructor.GetParameters().Select((p, i) =>
                Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType)));
        _construct = Expression.Lambda<Func<object?[], Grain>>(create, arguments).Compile();
    }

    public Type ClassType { get; }

    public string TypeName { get; }

    public bool IsReentrant { get; }

    public bool IsCallFilter { get; }

    public bool HasActivationLogic { get; }

    public KeyValuePair<string, object?> TypeTag { get; }

    public int ActivationCount => Volatile.Read(ref _activationCount);

    public void OnActivated() => Interlocked.Increment(ref _activationCount);

    public void OnDeactivated() => Interlocked.Decrement(ref _activationCount);

    /// <summary>Creates the grain instance for <paramref name="activation"/>, with its states and services.</summary>
    public Grain Create(GrainActivation activation)
    {
        var arguments = _parameters.Length == 0 ? [] : new object?[_parameters.Length];
        for (var i = 0; i < _parameters.Length; i++)
        {
            arguments[i] = _parameters[i](activation);
        }
        GrainActivation.Constructing = activation;
        try
        {
            return _construct(arguments);
        }
        finally
        {
            GrainActivation.Constructing = null;
        }
    }

    private static string DefaultTypeName(Type classType)
    {
        var name = classType.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }
        return name.ToLowerInvariant();
    }

    private static Func<GrainActivation, object?> ResolverFor(ParameterInfo parameter, IServiceProvider services)
    {
        var type = parameter.ParameterType;
        if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } state)
        {
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException($"[PersistentState] parameter '{parameter.Name}' must be an IPersistentState<T>.");
            }
            var storageName = state.StorageName ?? GrainStorageNames.Default;
            var storage = services.GetKeyedService<IGrainStorage>(storageName)
                ?? throw new InvalidOperationException($"No grain storage named '{storageName}' is registered (needed by parameter '{parameter.Name}').");
            var factory = (Func<GrainActivation, object>)Delegate.CreateDelegate(
                typeof(Func<GrainActivation, object>),
                Activator.CreateInstance(typeof(PersistentStateFactory<>).MakeGenericType(type.GetGenericArguments()[0]), state.StateName, storage, storageName)!,
                "Create");
            return factory;
        }
        if (type == typeof(IGrainFactory))
        {
            return activation => activation.Runtime;
        }
        if (type == typeof(TimeProvider))
        {
            return activation => activation.Runtime.TimeProvider;
        }
        return parameter.HasDefaultValue
            ? _ => services.GetService(type) ?? parameter.DefaultValue
            : _ => services.GetRequiredService(type);
    }
}
