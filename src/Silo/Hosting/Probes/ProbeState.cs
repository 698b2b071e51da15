namespace PracticePlatform.Silo.Hosting.Probes;

/// <summary>A throwaway state the readiness check reads to prove storage answers.</summary>
internal sealed class ProbeState : IGrainState<string?>
{
    public string? State { get; set; } = string.Empty;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
