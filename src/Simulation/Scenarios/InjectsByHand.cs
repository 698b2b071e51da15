namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// A scenario played with its faults injected by the instigators rather than by its script, as the practice format
/// first had it ("at a scheduled time instigators break the environment"): no inject starts by itself, and each
/// keeps its escalation the same time after the moment it is injected as the script put it after its start.
/// </summary>
public static class InjectsByHand
{
    public static Scenario Of(Scenario scenario) => scenario with
    {
        Injects = [.. scenario.Injects.Select(inject => inject with
        {
            At = null,
            EscalateAt = inject.EscalateAt is { } escalate ? escalate - (inject.At ?? TimeSpan.Zero) : null,
        })],
    };
}
