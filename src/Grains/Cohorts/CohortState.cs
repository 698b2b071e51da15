namespace PracticePlatform.Grains.Cohorts;

/// <summary>A cohort's persisted state.</summary>
public sealed class CohortState
{
    public string Name { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public List<Guid> Members { get; set; } = [];

    public List<Guid> Sessions { get; set; } = [];
}
