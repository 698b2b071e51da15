namespace PracticePlatform.Contracts.Cohorts;

/// <summary>People onboarding together, keyed by id; a cohort runs many sessions, also at the same time.</summary>
[Alias("practice.ICohortGrain")]
public interface ICohortGrain : IGrainWithGuidKey
{
    /// <summary>Creates the cohort with its members (registered people).</summary>
    Task<CohortView> CreateAsync(string name, IReadOnlyList<Guid> members);

    /// <summary>The cohort; <see cref="Sessions.SessionNotFoundException"/> when unknown.</summary>
    Task<CohortView> GetAsync();

    /// <summary>
    /// Adds a registered person to the cohort; adding a member again changes nothing.
    /// <see cref="Sessions.SessionNotFoundException"/> when the cohort or the person is unknown.
    /// </summary>
    Task<CohortView> AddMemberAsync(Guid personId);

    /// <summary>Records a session the cohort runs.</summary>
    Task AddSessionAsync(Guid sessionId);
}
