namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// Tests that read process-wide counters (such as how cells were rebuilt) run alone, so another test class's cells
/// cannot move the counters they compare.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCounters
{
    public const string Name = "process-wide counters";
}
