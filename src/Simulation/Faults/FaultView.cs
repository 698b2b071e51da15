namespace PracticePlatform.Simulation.Faults;

/// <summary>A fault as instigators see it: which inject, where, and when it started, escalated and ended.</summary>
public sealed record FaultView(
    string Id,
    string Kind,
    string Target,
    FaultStatus Status,
    long InjectedAt,
    long EscalatedAt,
    long EndedAt,
    int AffectedTargets,
    int MitigatedTargets);
