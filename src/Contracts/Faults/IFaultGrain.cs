namespace PracticePlatform.Contracts.Faults;

/// <summary>
/// One fault injected into one session's cell, keyed by <see cref="FaultKey.Of"/>: who injected it and when (the
/// real injection time the debrief measures from), and who reverted or cleared it. Only the session calls it; the
/// session's fault history (GET /api/sessions/{id}/faults) reads it.
/// </summary>
[Alias("practice.IFaultGrain")]
public interface IFaultGrain : IGrainWithStringKey
{
    /// <summary>Records the injection.</summary>
    Task RecordInjectedAsync(FaultRecord fault);

    /// <summary>Records the end of the fault by an instigator's revert or the kill switch.</summary>
    Task RecordEndedAsync(string by, long second, DateTimeOffset wallTime, bool killSwitch);

    /// <summary>The fault's record; null when it was never injected.</summary>
    Task<FaultRecord?> GetAsync();
}
