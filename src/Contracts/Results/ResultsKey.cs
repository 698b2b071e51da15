namespace PracticePlatform.Contracts.Results;

/// <summary>The keys of <see cref="ISessionResultsGrain"/>: one per scenario and one per cohort.</summary>
public static class ResultsKey
{
    public static string OfScenario(string scenarioId) => "scenario/" + scenarioId;

    public static string OfCohort(Guid cohortId) => "cohort/" + cohortId.ToString("N");
}
