using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Grains.Sessions;

/// <summary>What makes an impact assessment well-formed: a window in order, shares of known request types between 0 and 1, a root cause.</summary>
public static class AssessmentRules
{
    /// <summary>The latest minute a window may end at: a practice session lasts hours, never a day.</summary>
    public const long MaxMinute = 24 * 60;

    public static void Check(ImpactAssessment assessment, Scenario scenario)
    {
        if (assessment.StartMinute < 0 || assessment.EndMinute < assessment.StartMinute)
        {
            throw new SessionArgumentException("The impact window needs 0 <= startMinute <= endMinute.");
        }
        if (assessment.EndMinute > MaxMinute)
        {
            throw new SessionArgumentException($"The impact window ends at minute {assessment.EndMinute}; endMinute is at most {MaxMinute} (a day into the session).");
        }
        foreach (var (requestType, share) in assessment.FailedShares)
        {
            if (!scenario.Traffic.RequestTypes.Any(r => r.Id == requestType))
            {
                throw new SessionArgumentException($"Unknown request type '{requestType}'; the scenario has {string.Join(", ", scenario.Traffic.RequestTypes.Select(r => r.Id))}.");
            }
            if (double.IsNaN(share) || share is < 0 or > 1)
            {
                throw new SessionArgumentException($"The failed share of '{requestType}' must be between 0 and 1.");
            }
        }
        if (string.IsNullOrWhiteSpace(assessment.RootCause))
        {
            throw new SessionArgumentException("The assessment needs a root cause.");
        }
    }
}
