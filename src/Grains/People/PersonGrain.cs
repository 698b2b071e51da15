using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.People;

/// <summary>A registered person; see <see cref="IPersonGrain"/> for the rules it keeps.</summary>
public sealed class PersonGrain([PersistentState("person")] IPersistentState<PersonState> state, TimeProvider timeProvider) : Grain, IPersonGrain
{
    private PersonState S => state.State;

    public async Task<PersonView> CreateAsync(NewPerson person)
    {
        if (state.RecordExists)
        {
            throw new SessionRuleException($"Person {this.GetPrimaryKey()} already exists.");
        }
        S.Name = person.Name;
        S.Email = person.Email;
        S.Experience = person.Experience;
        S.Prerequisites = person.Prerequisites;
        S.CanInstigate = person.CanInstigate;
        S.TokenHash = person.TokenHash;
        S.CreatedAt = timeProvider.GetUtcNow();
        await state.WriteStateAsync();
        return View();
    }

    public Task<PersonView> GetAsync()
    {
        EnsureExists();
        return Task.FromResult(View());
    }

    public Task<bool> ExistsAsync() => Task.FromResult(state.RecordExists);

    public async Task JoinCohortAsync(Guid cohortId)
    {
        EnsureExists();
        if (!S.Cohorts.Contains(cohortId))
        {
            S.Cohorts.Add(cohortId);
            await state.WriteStateAsync();
        }
    }

    public async Task JoinSessionAsync(Guid sessionId, string scenarioId, ParticipantRole role, bool adminOverride)
    {
        EnsureExists();
        if (S.Participations.Any(p => p.SessionId == sessionId))
        {
            throw new SessionRuleException($"{S.Name} is already on this session's roster.");
        }
        RequireMayTake(scenarioId, role, adminOverride, S.Participations);
        S.Participations.Add(new Participation(sessionId, scenarioId, role, Debriefed: false));
        await state.WriteStateAsync();
    }

    public async Task ChangeSessionRoleAsync(Guid sessionId, string scenarioId, ParticipantRole role, bool adminOverride)
    {
        EnsureExists();
        var index = S.Participations.FindIndex(p => p.SessionId == sessionId);
        if (index < 0)
        {
            throw new SessionRuleException($"{S.Name} is not on this session's roster.");
        }
        // The new role is judged as if joining afresh: this session's own part does not count as having played it.
        RequireMayTake(scenarioId, role, adminOverride, [.. S.Participations.Where(p => p.SessionId != sessionId)]);
        S.Participations[index] = S.Participations[index] with { Role = role };
        await state.WriteStateAsync();
    }

    public async Task LeaveSessionAsync(Guid sessionId)
    {
        EnsureExists();
        if (S.Participations.RemoveAll(p => p.SessionId == sessionId) > 0)
        {
            await state.WriteStateAsync();
        }
    }

    /// <summary>The rules for taking <paramref name="role"/> in a session of the scenario, given the person's other parts.</summary>
    private void RequireMayTake(string scenarioId, ParticipantRole role, bool adminOverride, List<Participation> participations)
    {
        var earlier = participations.Where(p => p.ScenarioId == scenarioId).ToList();
        if (role == ParticipantRole.Instigator && !S.CanInstigate && !adminOverride)
        {
            throw new ParticipantNotAllowedException($"{S.Name} is not allowed to instigate; an admin grants that when registering a person.");
        }
        if (!adminOverride && role == ParticipantRole.Responder && earlier.Count > 0)
        {
            throw new SessionRuleException(
                $"{S.Name} already took part in scenario {scenarioId} (session {earlier[0].SessionId}) and cannot respond to it again unless an admin overrides.");
        }
        if (!adminOverride && role == ParticipantRole.Responder && S.SecretsSeen.Contains(scenarioId, StringComparer.Ordinal))
        {
            throw new SessionRuleException(
                $"{S.Name} has seen the solution of scenario {scenarioId} and cannot respond to it unless an admin overrides.");
        }
        if (!adminOverride && role != ParticipantRole.Responder && earlier.FirstOrDefault(IsAwaitingDebrief) is { } pending)
        {
            throw new SessionRuleException(
                $"{S.Name} responds to scenario {scenarioId} in session {pending.SessionId}, whose debrief is not held yet; joining another session of it as {role.ToString().ToLowerInvariant()} would show them the answer.");
        }
    }

    public async Task MarkDebriefedAsync(Guid sessionId)
    {
        EnsureExists();
        var index = S.Participations.FindIndex(p => p.SessionId == sessionId);
        if (index >= 0 && !S.Participations[index].Debriefed)
        {
            S.Participations[index] = S.Participations[index] with { Debriefed = true };
            await state.WriteStateAsync();
        }
    }

    public async Task<bool> RevealSecretsOfAsync(string scenarioId)
    {
        if (!state.RecordExists)
        {
            return false;
        }
        var ofScenario = S.Participations.Where(p => p.ScenarioId == scenarioId).ToList();
        // Awaiting any debrief, a person is shown no scenario's secrets: the one solution withheld would name theirs.
        var allowed = !S.Participations.Any(IsAwaitingDebrief)
            && (S.CanInstigate || ofScenario.Any(p => p.Debriefed || p.Role == ParticipantRole.Instigator));
        if (allowed && !S.SecretsSeen.Contains(scenarioId, StringComparer.Ordinal))
        {
            // Seeing the solution is knowing the scenario, as much as having played it.
            S.SecretsSeen.Add(scenarioId);
            await state.WriteStateAsync();
        }
        return allowed;
    }

    private static bool IsAwaitingDebrief(Participation participation) =>
        participation.Role != ParticipantRole.Instigator && !participation.Debriefed;

    private void EnsureExists()
    {
        if (!state.RecordExists)
        {
            throw new SessionNotFoundException($"No person {this.GetPrimaryKey()}.");
        }
    }

    private PersonView View() =>
        new(this.GetPrimaryKey(), S.Name, S.Email, S.Experience, S.Prerequisites, S.CanInstigate, S.CreatedAt, [.. S.Participations], [.. S.Cohorts]);
}
