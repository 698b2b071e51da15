namespace PracticePlatform.Simulation.Model;

internal enum RemediationVerb
{
    Restart,
    Clear,
    Disable,
    Enable,
    Drain,
    Restore,
    FreeDisk,
    ConfigRollback,
    ConfigSet,
    Promote,
    Rebuild,
    CancelQueries,
    FixClock,
    RenewCertificate,
    KillProcess,
    ScaleOut,
    RateLimit,
    Sysctl,
    Switchover,
    RaiseLimit,
}
