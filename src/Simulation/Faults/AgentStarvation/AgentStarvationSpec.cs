namespace PracticePlatform.Simulation.Faults.AgentStarvation;

/// <summary>The agent-starvation fault kind: name, targets and parameters.</summary>
internal static class AgentStarvationSpec
{
    public const string Kind = "agent-starvation";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A monitoring agent on the hosts eats CPU and memory, starving everything on them. Killing or disabling the agent fixes it.",
        FaultTargets.Host | FaultTargets.Datacenter,
        [
            new("process", "monitoring-agent", "the agent's process name"),
            new("cpu", "0.85", "share of the host's CPU the agent takes", 0, 1),
        ])
    {
        Remedy = "`kill <host> <agent process>` on each starved host",
        CreateBehaviour = () => new AgentStarvationBehaviour(),
    };
}
