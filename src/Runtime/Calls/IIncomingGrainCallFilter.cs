namespace PracticePlatform.Runtime.Calls;

/// <summary>
/// Runs around every incoming grain call: registered in the service container for all grains, or implemented by a
/// grain class for its own calls (which run innermost).
/// </summary>
public interface IIncomingGrainCallFilter
{
    /// <summary>Handles the call; call <see cref="IIncomingGrainCallContext.Invoke"/> to continue.</summary>
    Task Invoke(IIncomingGrainCallContext context);
}
