using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace PracticePlatform.Runtime.Calls;

/// <summary>
/// What the runtime knows about one grain interface method: its interleaving attributes and a compiled invoker.
/// Built once per method and cached.
/// </summary>
internal abstract class GrainMethod
{
    private static readonly ConcurrentDictionary<MethodInfo, GrainMethod> Cache = new();

    protected GrainMethod(MethodInfo interfaceMethod, Func<object, object?[], Task> invoker)
    {
        InterfaceMethod = interfaceMethod;
        Invoker = invoker;
        AlwaysInterleave = interfaceMethod.IsDefined(typeof(AlwaysInterleaveAttribute), inherit: true);
        ReadOnly = interfaceMethod.IsDefined(typeof(ReadOnlyAttribute), inherit: true);
        MethodTag = new KeyValuePair<string, object?>("method", interfaceMethod.Name);
    }

    public MethodInfo InterfaceMethod { get; }

    public string Name => InterfaceMethod.Name;

    public bool AlwaysInterleave { get; }

    public bool ReadOnly { get; }

    public KeyValuePair<string, object?> MethodTag { get; }

    /// <summary>Calls the method on a grain instance and returns its task (a <see cref="Task{T}"/> when it has a result).</summary>
    public Func<object, object?[], Task> Invoker { get; }

    /// <summary>Sends a call through <paramref name="proxy"/> and returns what the interface method returns.</summary>
    public abstract object Send(GrainProxy proxy, object?[] arguments);

    /// <summary>The result of a finished turn, boxed, for call filters.</summary>
    public abstract object? BoxedResultOf(Task turn);

    public static GrainMethod For(MethodInfo interfaceMethod) => Cache.GetOrAdd(interfaceMethod, Create);

    private static GrainMethod Create(MethodInfo method)
    {
        var returnType = method.ReturnType;
        var (kind, resultType) = returnType switch
        {
            _ when returnType == typeof(Task) => (ReturnKind.Task, typeof(object)),
            _ when returnType == typeof(ValueTask) => (ReturnKind.ValueTask, typeof(object)),
            { IsGenericType: true } when returnType.GetGenericTypeDefinition() == typeof(Task<>) => (ReturnKind.TaskOfT, returnType.GetGenericArguments()[0]),
            { IsGenericType: true } when returnType.GetGenericTypeDefinition() == typeof(ValueTask<>) => (ReturnKind.ValueTaskOfT, returnType.GetGenericArguments()[0]),
            _ => throw new NotSupportedException(
                $"{method.DeclaringType?.Name}.{method.Name} returns {returnType.Name}; grain methods must return Task, Task<T>, ValueTask or ValueTask<T>."),
        };
        var closed = typeof(GrainMethod<>).MakeGenericType(resultType);
        return (GrainMethod)Activator.CreateInstance(closed, method, CompileInvoker(method, kind), kind)!;
    }

    private static Func<object, object?[], Task> CompileInvoker(MethodInfo method, ReturnKind kind)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = method.GetParameters();
        var call = Expression.Call(
            Expression.Convert(grain, method.DeclaringType!),
            method,
            parameters.Select((p, i) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType)));
        Expression body = kind is ReturnKind.ValueTask or ReturnKind.ValueTaskOfT
            ? Expression.Call(call, method.ReturnType.GetMethod(nameof(ValueTask.AsTask))!)
            : call;
        return Expression.Lambda<Func<object, object?[], Task>>(Expression.Convert(body, typeof(Task)), grain, arguments).Compile();
    }
}
