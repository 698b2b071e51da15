using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// What stakeholder messages, answers and status updates must be: a role name and text of sensible length, a known
/// audience, a promised next update within a day, and (for what an instigator posts as a stakeholder, as for hints)
/// nothing that gives the scenario's solution away.
/// </summary>
public static class StakeholderRules
{
    public const int MaxFromLength = 80;
    public const int MaxNextUpdateMinutes = 24 * 60;

    public static void CheckMessage(string from, string text, Scenario scenario)
    {
        if (string.IsNullOrWhiteSpace(from) || from.Trim().Length > MaxFromLength || from.Any(char.IsControl))
        {
            throw new SessionArgumentException($"\"from\" is the stakeholder's role name, 1-{MaxFromLength} characters without control characters, such as \"Support (Dana)\".");
        }
        CheckText("text", text);
        if (SolutionLeak.Find(text, scenario) is { } leak)
        {
            throw new SessionArgumentException($"\"text\" would reveal the solution to the responders: {leak}. Stakeholders ask and report, as customers see it.");
        }
        // Responders read the sender's name beside the text: it may not carry the answer either.
        if (SolutionLeak.Find(from, scenario) is { } named)
        {
            throw new SessionArgumentException($"\"from\" would reveal the solution to the responders: {named}. Name a role, such as \"Support (Dana)\".");
        }
    }

    public static void CheckStatusUpdate(StatusAudience audience, string text, int nextUpdateInMinutes)
    {
        if (!Enum.IsDefined(audience))
        {
            throw new SessionArgumentException($"\"audience\" is internal or customers; {(int)audience} is neither.");
        }
        CheckText("text", text);
        if (nextUpdateInMinutes is < 1 or > MaxNextUpdateMinutes)
        {
            throw new SessionArgumentException($"\"nextUpdateInMinutes\" is when the next update is promised, 1-{MaxNextUpdateMinutes} minutes; {nextUpdateInMinutes} is not.");
        }
    }

    public static void CheckText(string field, string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > ChannelRules.MaxLength)
        {
            throw new SessionArgumentException($"\"{field}\" needs 1-{ChannelRules.MaxLength} characters.");
        }
    }
}
