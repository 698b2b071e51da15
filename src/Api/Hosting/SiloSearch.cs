namespace PracticePlatform.Api.Hosting;

/// <summary>
/// How a frontend that finds no silo behaves: it keeps looking every 2 s, for as long as it runs, logging each
/// failed attempt (a cluster being started after its frontends is normal), instead of stopping.
/// </summary>
internal sealed partial class SiloSearch(ILogger<SiloSearch> logger) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);
    private int _attempts;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        LogNoSilo(logger, Interlocked.Increment(ref _attempts), exception.Message);
        await Task.Delay(Pause, cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No silo reachable yet (attempt {Attempt}); looking again in 2 s: {Reason}")]
    private static partial void LogNoSilo(ILogger logger, int attempt, string reason);
}
