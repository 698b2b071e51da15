using System.Reflection;

namespace PracticePlatform.Runtime.Calls;

/// <summary>A grain method whose result has type <typeparamref name="TResult"/> (object for methods without one).</summary>
internal sealed class GrainMethod<TResult>(MethodInfo interfaceMethod, Func<object, object?[], Task> invoker, ReturnKind kind)
    : GrainMethod(interfaceMethod, invoker)
{
    public override object Send(GrainProxy proxy, object?[] arguments)
    {
        var request = new MethodRequest<TResult>(proxy, this, arguments);
        proxy.Runtime.Send(request, proxy.Class);
        return kind switch
        {
            ReturnKind.Task or ReturnKind.TaskOfT => request.Task,
            ReturnKind.ValueTask => new ValueTask(request.Task),
            _ => new ValueTask<TResult>(request.Task),
        };
    }

    public override object? BoxedResultOf(Task turn) => ResultOf(turn);

    /// <summary>The result of a finished turn.</summary>
    public static TResult ResultOf(Task turn) => turn is Task<TResult> typed ? typed.Result : default!;
}
