using PracticePlatform.Runtime.Activation;
using PracticePlatform.Runtime.Calls;

namespace PracticePlatform.Runtime.Timers;

/// <summary>One timer tick, delivered as a turn of the timer's activation.</summary>
internal sealed class TimerTickRequest(GrainTimer timer, GrainId target) : IGrainRequest
{
    private bool _answered;

    public GrainId Target { get; } = target;

    public GrainActivation? Activation { get; set; }

    public CallChain? Chain => null;

    public long SentTimestamp => long.MaxValue;

    public bool AlwaysInterleave => timer.Options.Interleave;

    public bool ReadOnly => false;

    public bool KeepsAlive => timer.Options.KeepAlive;

    public bool FollowsGrain => false;

    public bool IsAnswered => Volatile.Read(ref _answered);

    public Task Invoke(GrainActivation activation) => timer.Tick();

    public void Complete(Task turn)
    {
        Volatile.Write(ref _answered, true);
        timer.OnTickFinished();
    }

    public void Fail(Exception exception) => Volatile.Write(ref _answered, true);

    public string Describe() => $"{Target} timer tick";
}
