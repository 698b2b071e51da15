namespace PracticePlatform.Api.Live;

/// <summary>
/// Whether a failed grain call is the cluster moving under it rather than a refusal: the silo hosting the grain
/// died or left (Orleans rejects the message or the call times out) and the next call reaches a new activation on
/// a survivor once membership has caught up, within seconds.
/// </summary>
public static class TransientFailure
{
    public static bool Is(Exception exception) => exception is TimeoutException or OrleansException;
}
