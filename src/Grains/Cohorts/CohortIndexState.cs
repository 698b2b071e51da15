namespace PracticePlatform.Grains.Cohorts;

/// <summary>The cohort index's persisted state.</summary>
public sealed class CohortIndexState
{
    public List<Guid> Cohorts { get; set; } = [];
}
