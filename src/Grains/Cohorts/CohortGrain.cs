using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Cohorts;

/// <summary>See <see cref="ICohortGrain"/>.</summary>
public sealed class CohortGrain([PersistentState("cohort")] IPersistentState<CohortState> state, TimeProvider timeProvider) : Grain, ICohortGrain
{
    public async Task<CohortView> CreateAsync(string name, IReadOnlyList<Guid> members)
    {
        if (state.RecordExists)
        {
            throw new SessionRuleException($"Cohort {this.GetPrimaryKey()} already exists.");
        }
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new SessionArgumentException("A cohort needs a name of 1-100 characters.");
        }
        foreach (var member in members.Distinct())
        {
            if (!await GrainFactory.GetGrain<IPersonGrain>(member).ExistsAsync())
            {
                throw new SessionNotFoundException($"No person {member}: register members before adding them to a cohort.");
            }
        }
        // Members learn of the cohort before it is written: a creation cut short leaves links to no cohort, which
        // their home page skips, rather than a cohort some members never hear of.
        foreach (var member in members.Distinct())
        {
            await GrainFactory.GetGrain<IPersonGrain>(member).JoinCohortAsync(this.GetPrimaryKey());
        }
        state.State.Name = name.Trim();
        state.State.CreatedAt = timeProvider.GetUtcNow();
        state.State.Members = [.. members.Distinct()];
        await state.WriteStateAsync();
        return View();
    }

    public Task<CohortView> GetAsync() =>
        state.RecordExists ? Task.FromResult(View()) : throw new SessionNotFoundException($"No cohort {this.GetPrimaryKey()}.");

    public async Task<CohortView> AddMemberAsync(Guid personId)
    {
        if (!state.RecordExists)
        {
            throw new SessionNotFoundException($"No cohort {this.GetPrimaryKey()}.");
        }
        if (state.State.Members.Contains(personId))
        {
            return View();
        }
        if (!await GrainFactory.GetGrain<IPersonGrain>(personId).ExistsAsync())
        {
            throw new SessionNotFoundException($"No person {personId}: register people before adding them to a cohort.");
        }
        // As on creation, the member learns of the cohort before it is written.
        await GrainFactory.GetGrain<IPersonGrain>(personId).JoinCohortAsync(this.GetPrimaryKey());
        state.State.Members.Add(personId);
        await state.WriteStateAsync();
        return View();
    }

    public async Task AddSessionAsync(Guid sessionId)
    {
        if (!state.RecordExists)
        {
            throw new SessionNotFoundException($"No cohort {this.GetPrimaryKey()}.");
        }
        if (!state.State.Sessions.Contains(sessionId))
        {
            state.State.Sessions.Add(sessionId);
            await state.WriteStateAsync();
        }
    }

    private CohortView View() =>
        new(this.GetPrimaryKey(), state.State.Name, state.State.CreatedAt, [.. state.State.Members], [.. state.State.Sessions]);
}
