using PracticePlatform.Runtime.Activation;

namespace PracticePlatform.Runtime.Calls;

/// <summary>
/// One unit of work delivered to an activation: a method call, a timer tick. It carries everything a remote hop
/// would need to serialize (target, method, arguments, call chain), so grain code does not change when one appears.
/// </summary>
internal interface IGrainRequest
{
    GrainId Target { get; }

    /// <summary>The activation it was delivered to.</summary>
    GrainActivation? Activation { get; set; }

    /// <summary>The chain of turns waiting on this request, for cycle detection.</summary>
    CallChain? Chain { get; }

    /// <summary>When it was sent, in <see cref="TimeProvider.GetTimestamp"/> units; long.MaxValue when it never times out.</summary>
    long SentTimestamp { get; }

    bool AlwaysInterleave { get; }

    bool ReadOnly { get; }

    /// <summary>Whether delivering it counts as activity for idle collection.</summary>
    bool KeepsAlive { get; }

    /// <summary>Whether it should follow the grain to a new activation when this one goes away before it ran.</summary>
    bool FollowsGrain { get; }

    /// <summary>Whether the caller already has its answer (a result, an error, or a timeout).</summary>
    bool IsAnswered { get; }

    /// <summary>Runs the request's code on the activation; returns the turn's task.</summary>
    Task Invoke(GrainActivation activation);

    /// <summary>Answers the caller from the finished turn.</summary>
    void Complete(Task turn);

    /// <summary>Answers the caller with an error, unless it has its answer already.</summary>
    void Fail(Exception exception);

    /// <summary>A short description for logs and errors: <c>type/key.Method</c>.</summary>
    string Describe();
}
