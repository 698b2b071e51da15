namespace PracticePlatform.Grains.Cohorts;

/// <summary>A cohort's recurring practice schedules, oldest first.</summary>
public sealed class CohortSchedulesState
{
    public List<PracticeScheduleState> Schedules { get; set; } = [];
}
