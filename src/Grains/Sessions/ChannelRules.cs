using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// The seed's channel guidelines: responders post messages and help requests; instigators post only pointers (a
/// scenario pointer or a link) and hints phrased as questions; observers do not post.
/// </summary>
public static class ChannelRules
{
    public const int MaxLength = 4000;

    /// <summary>Throws when <paramref name="role"/> may not post <paramref name="text"/> as <paramref name="kind"/>.</summary>
    public static void Check(ParticipantRole role, ChannelPostKind kind, string text, Scenario scenario)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SessionArgumentException("A channel post needs text.");
        }
        if (text.Length > MaxLength)
        {
            throw new SessionArgumentException($"A channel post is at most {MaxLength} characters.");
        }
        switch (role, kind)
        {
            case (ParticipantRole.Responder, ChannelPostKind.Message or ChannelPostKind.HelpRequest):
                return;
            case (ParticipantRole.Responder, _):
                throw new ParticipantNotAllowedException("Responders post messages and help requests; pointers and hints are for instigators.");
            case (ParticipantRole.Instigator, ChannelPostKind.Hint):
                if (!text.TrimEnd().EndsWith('?'))
                {
                    throw new SessionArgumentException("A hint must be phrased as a question (end with '?').");
                }
                if (SolutionLeak.Find(text, scenario) is { } leak)
                {
                    throw new SessionArgumentException($"A hint must not reveal the solution: {leak}. Ask about what to look at, not what to do.");
                }
                return;
            case (ParticipantRole.Instigator, ChannelPostKind.Pointer):
                if (!IsPointer(text.Trim(), scenario))
                {
                    throw new SessionArgumentException("A pointer must be one of the scenario's pointers (its title or URL) or an http(s) link.");
                }
                return;
            case (ParticipantRole.Instigator, _):
                throw new ParticipantNotAllowedException("Instigators may only post pointers and hints phrased as questions.");
            default:
                throw new ParticipantNotAllowedException("Observers cannot post in the channel.");
        }
    }

    private static bool IsPointer(string text, Scenario scenario) =>
        scenario.Pointers.Any(p => string.Equals(p.Title, text, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Url, text, StringComparison.Ordinal))
        || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
