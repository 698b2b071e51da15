using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Contracts.People;

/// <summary>
/// A registered person, keyed by id. Keeps the rules that depend on what a person already did: who may join a
/// session of a scenario in which role, and who may see a scenario's solution.
/// </summary>
[Alias("practice.IPersonGrain")]
public interface IPersonGrain : IGrainWithGuidKey
{
    /// <summary>Registers the person; refused when the id is taken.</summary>
    Task<PersonView> CreateAsync(NewPerson person);

    /// <summary>The person's profile and participations; <see cref="SessionNotFoundException"/> when unknown.</summary>
    Task<PersonView> GetAsync();

    /// <summary>Whether the person is registered.</summary>
    Task<bool> ExistsAsync();

    /// <summary>Records that the person is a member of <paramref name="cohortId"/> (idempotent).</summary>
    Task JoinCohortAsync(Guid cohortId);

    /// <summary>
    /// Records the person's part in a session. A person who already took part in the scenario, or was shown its
    /// secrets, is refused as its responder unless <paramref name="adminOverride"/>; a responder or observer of the scenario whose debrief is
    /// not held yet is refused as instigator or observer elsewhere, which would show them the answer.
    /// </summary>
    Task JoinSessionAsync(Guid sessionId, string scenarioId, ParticipantRole role, bool adminOverride);

    /// <summary>
    /// Changes the person's role in a session before it starts, under the same rules as <see cref="JoinSessionAsync"/>
    /// (their part in this session aside).
    /// </summary>
    Task ChangeSessionRoleAsync(Guid sessionId, string scenarioId, ParticipantRole role, bool adminOverride);

    /// <summary>Forgets the person's part in a session they were removed from: they did not play it (idempotent).</summary>
    Task LeaveSessionAsync(Guid sessionId);

    /// <summary>Marks the person's part in the session as debriefed: from now on the scenario holds no secrets for them.</summary>
    Task MarkDebriefedAsync(Guid sessionId);

    /// <summary>
    /// Whether the person may be shown the scenario's solution, resolution criteria and instigator notes: as an
    /// instigator (of a session of it, or allowed to instigate and not waiting on their own debrief of it) or
    /// after their own debrief. When they may, the caller is about to show them, so the person counts as knowing the
    /// scenario from now on: <see cref="JoinSessionAsync"/> refuses them as its responder unless an admin overrides.
    /// </summary>
    Task<bool> RevealSecretsOfAsync(string scenarioId);
}
