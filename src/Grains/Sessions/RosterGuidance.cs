using System.Collections.Immutable;

namespace PracticePlatform.Grains.Sessions;

/// <summary>The seed's roster guidance: 1-3 instigators and 3-6 responders; at least one of each to start.</summary>
public static class RosterGuidance
{
    public static ImmutableArray<string> Warnings(IReadOnlyCollection<Participant> roster)
    {
        var instigators = roster.Count(p => p.Role == ParticipantRole.Instigator);
        var responders = roster.Count(p => p.Role == ParticipantRole.Responder);
        var warnings = ImmutableArray.CreateBuilder<string>();
        if (instigators is < 1 or > 3)
        {
            warnings.Add($"The guidance is 1-3 instigators; the roster has {instigators}.");
        }
        if (responders is < 3 or > 6)
        {
            warnings.Add($"The guidance is 3-6 responders; the roster has {responders}.");
        }
        return warnings.ToImmutable();
    }

    /// <summary>Why the session cannot start with this roster, or null.</summary>
    public static string? RefusalToStart(IReadOnlyCollection<Participant> roster) =>
        roster.Any(p => p.Role == ParticipantRole.Instigator) && roster.Any(p => p.Role == ParticipantRole.Responder)
            ? null
            : "A session needs at least one instigator and one responder to start.";
}
