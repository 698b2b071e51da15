using System.Reflection;
using PracticePlatform.Runtime.Activation;

namespace PracticePlatform.Runtime.Calls;

/// <summary>Runs a call through the silo-wide filters, then the grain's own filter, then the method.</summary>
internal sealed class IncomingCallContext(
    GrainActivation activation,
    GrainMethod method,
    object?[] arguments,
    IIncomingGrainCallFilter[] filters) : IIncomingGrainCallContext
{
    private int _next;

    public Grain Grain => activation.Instance!;

    public GrainId TargetId => activation.GrainId;

    public MethodInfo InterfaceMethod => method.InterfaceMethod;

    public IReadOnlyList<object?> Arguments => arguments;

    public object? Result { get; set; }

    public async Task Invoke()
    {
        var index = _next++;
        if (index < filters.Length)
        {
            await filters[index].Invoke(this).ConfigureAwait(true);
        }
        else if (index == filters.Length && Grain is IIncomingGrainCallFilter grainFilter)
        {
            await grainFilter.Invoke(this).ConfigureAwait(true);
        }
        else
        {
            var turn = method.Invoker(Grain, arguments);
            await turn.ConfigureAwait(true);
            Result = method.BoxedResultOf(turn);
        }
    }
}
