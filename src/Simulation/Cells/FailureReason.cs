namespace PracticePlatform.Simulation.Cells;

/// <summary>Why a request failed, as the ground truth counts it.</summary>
public enum FailureReason : byte
{
    Timeout,
    Refused,
    ServerError,
    Overload,
    PoolExhausted,
    Dns,
    Tls,
    Auth,
    DiskFull,
    Unavailable,

    /// <summary>EMFILE: the process is at its open-file limit, so a new connection cannot be opened.</summary>
    TooManyOpenFiles,

    /// <summary>EADDRNOTAVAIL: every local port towards the downstream is in TIME_WAIT, so no new call can connect.</summary>
    NoPorts,
}
