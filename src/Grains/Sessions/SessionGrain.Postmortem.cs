using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Postmortems;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>The facts of the session's postmortem, and who may read and write it (the postmortem grain asks here).</summary>
public sealed partial class SessionGrain
{
    public Task<PostmortemFacts> PostmortemFactsAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        // Checked before the state, so a responder or observer before the debrief learns nothing, not even its state.
        if (!SeesTheAnswer(caller))
        {
            throw new ParticipantNotAllowedException("Responders and observers read and write the postmortem once the session's debrief is held.");
        }
        return Task.FromResult(PostmortemFactsBuilder.Build(S, RequireDebrief()));
    }
}
