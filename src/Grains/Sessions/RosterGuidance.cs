using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// The seed's roster guidance: 1-3 instigators, 3-6 responders with a mix of experience, every responder with the
/// prerequisites met (credentials, an own deployment); at least one instigator and one responder to start.
/// </summary>
public static class RosterGuidance
{
    public static ImmutableArray<string> Warnings(IReadOnlyCollection<Participant> roster)
    {
        var instigators = roster.Count(p => p.Role == ParticipantRole.Instigator);
        var responders = roster.Where(p => p.Role == ParticipantRole.Responder).ToList();
        var warnings = ImmutableArray.CreateBuilder<string>();
        if (instigators is < 1 or > 3)
        {
            warnings.Add($"The guidance is 1-3 instigators; the roster has {instigators}.");
        }
        if (responders.Count is < 3 or > MostResponders)
        {
            warnings.Add($"The guidance is 3-6 responders; the roster has {responders.Count}.");
        }
        if (responders.Count >= 2 && responders.Select(r => r.Experience).Distinct().Count() == 1)
        {
            warnings.Add($"The guidance asks for a mix of experience; every responder is {responders[0].Experience.ToString().ToLowerInvariant()}.");
        }
        foreach (var responder in responders.Where(r => !r.PrerequisitesMet))
        {
            warnings.Add($"{responder.Name} has not met the prerequisites (tool credentials and an own deployment).");
        }
        return warnings.ToImmutable();
    }

    /// <summary>The most responders the guidance asks for; a Code Blue's later joiners observe.</summary>
    public const int MostResponders = 6;

    /// <summary>
    /// Why the session cannot start with this roster, or null. A Code Blue assembles its responders from the page, so
    /// it needs only an instigator.
    /// </summary>
    public static string? RefusalToStart(IReadOnlyCollection<Participant> roster, bool codeBlue = false)
    {
        if (!roster.Any(p => p.Role == ParticipantRole.Instigator))
        {
            return codeBlue ? "A Code Blue needs at least one instigator to start." : "A session needs at least one instigator and one responder to start.";
        }
        return codeBlue || roster.Any(p => p.Role == ParticipantRole.Responder)
            ? null
            : "A session needs at least one instigator and one responder to start.";
    }
}
