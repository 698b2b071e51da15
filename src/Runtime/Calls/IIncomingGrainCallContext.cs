using System.Reflection;

namespace PracticePlatform.Runtime.Calls;

/// <summary>One incoming call as an incoming call filter sees it.</summary>
public interface IIncomingGrainCallContext
{
    /// <summary>The grain being called.</summary>
    Grain Grain { get; }

    /// <summary>The id of the grain being called.</summary>
    GrainId TargetId { get; }

    /// <summary>The grain interface method called.</summary>
    MethodInfo InterfaceMethod { get; }

    /// <summary>The call's arguments.</summary>
    IReadOnlyList<object?> Arguments { get; }

    /// <summary>The result, once <see cref="Invoke"/> completed; a filter may replace it.</summary>
    object? Result { get; set; }

    /// <summary>Calls the next filter, or the grain method itself.</summary>
    Task Invoke();
}
