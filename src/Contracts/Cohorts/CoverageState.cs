namespace PracticePlatform.Contracts.Cohorts;

/// <summary>Where a member stands with one scenario of a cohort's schedules.</summary>
[GenerateSerializer, Alias("practice.CoverageState")]
public enum CoverageState
{
    /// <summary>Not played and not on any roster of it.</summary>
    NotYet,

    /// <summary>On the roster of a session of it whose debrief is not held yet.</summary>
    Scheduled,

    /// <summary>Took part in a session of it that was debriefed (or aborted, which counts as played).</summary>
    Played,
}
