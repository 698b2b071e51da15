namespace PracticePlatform.Runtime.Calls;

/// <summary>
/// The grains whose turns are waiting on the current call, innermost first. It flows with the async context, so a
/// call can tell whether it would wait on a turn that waits on it.
/// </summary>
internal sealed class CallChain(GrainId grain, CallChain? caller)
{
    private static readonly AsyncLocal<CallChain?> CurrentChain = new();

    public GrainId Grain { get; } = grain;

    public CallChain? Caller { get; } = caller;

    /// <summary>The chain of the turn the current code runs in, or null outside grains.</summary>
    public static CallChain? Current
    {
        get => CurrentChain.Value;
        set => CurrentChain.Value = value;
    }

    public bool Contains(GrainId grainId)
    {
        for (var link = this; link is not null; link = link.Caller)
        {
            if (link.Grain == grainId)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The cycle a call to <paramref name="target"/> closes: from the target's waiting turn to the target again.</summary>
    public IReadOnlyList<GrainId> CycleTo(GrainId target)
    {
        var cycle = new List<GrainId> { target };
        for (var link = this; link is not null; link = link.Caller)
        {
            cycle.Add(link.Grain);
            if (link.Grain == target)
            {
                break;
            }
        }
        cycle.Reverse();
        return cycle;
    }
}
