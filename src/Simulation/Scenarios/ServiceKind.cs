namespace PracticePlatform.Simulation.Scenarios;

/// <summary>What a service does; it shapes its log lines, its tool output and how some faults hit it.</summary>
public enum ServiceKind
{
    Proxy,
    Api,
    Metadata,
    Database,
    Coordination,
    Storage,
    Cache,
    Queue,
    Dns,
    Worker,
    Agent,
}
