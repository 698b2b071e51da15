using System.Collections.Immutable;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Grains.Sessions;

/// <summary>Stakeholders and support: stakeholder messages and their answers, status updates and the practice status page.</summary>
public sealed partial class SessionGrain
{
    private static readonly SessionStatus[] Live = [SessionStatus.Running, SessionStatus.Paused, SessionStatus.Resolved, SessionStatus.Assessing];

    public async Task<StakeholderMessage> PostStakeholderMessageAsync(Caller caller, string from, string text, bool expectsAnswer)
    {
        EnsureExists();
        RequireInstigator(caller);
        _scenario ??= await FindScenarioAsync(S.ScenarioId);
        StakeholderRules.CheckMessage(from, text, _scenario);
        RequireStatus("post as a stakeholder", Live);
        await SyncAsync();
        var message = Receive(from.Trim(), text.Trim(), expectsAnswer, S.Second);
        await SaveAsync();
        return message;
    }

    public async Task<ImmutableArray<StakeholderMessage>> StakeholderMessagesAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        await SyncAsync();
        return [.. S.StakeholderMessages];
    }

    public async Task<StakeholderMessage> AnswerStakeholderAsync(Caller caller, int number, string text)
    {
        EnsureExists();
        var responder = RequireResponder(caller);
        StakeholderRules.CheckText("text", text);
        RequireStatus("answer a stakeholder", Live);
        await SyncAsync();
        if (number < 1 || number > S.StakeholderMessages.Count)
        {
            throw new SessionNotFoundException($"There is no stakeholder message #{number}; the session has {S.StakeholderMessages.Count}.");
        }
        var message = S.StakeholderMessages[number - 1];
        if (!message.Answered)
        {
            message = message with { AnsweredBy = responder.Name, AnsweredAtSecond = S.Second, Answer = text.Trim() };
            S.StakeholderMessages[number - 1] = message;
        }
        MarkResponse();
        Append(responder.Name, TimelineKind.StakeholderAnswer, $"Answer to #{number} ({message.From}): {text.Trim()}");
        await SaveAsync();
        return message;
    }

    public async Task<StatusUpdate> PostStatusUpdateAsync(Caller caller, StatusAudience audience, string text, int nextUpdateInMinutes)
    {
        EnsureExists();
        var responder = RequireResponder(caller);
        StakeholderRules.CheckStatusUpdate(audience, text, nextUpdateInMinutes);
        RequireStatus("post a status update", Live);
        await SyncAsync();
        var update = new StatusUpdate(S.StatusUpdates.Count + 1, audience, text.Trim(), nextUpdateInMinutes, responder.Name, S.Second, timeProvider.GetUtcNow());
        S.StatusUpdates.Add(update);
        MarkResponse();
        Append(responder.Name, TimelineKind.StatusUpdate,
            $"Status update #{update.Number} for {(audience == StatusAudience.Customers ? "customers" : "internal stakeholders")} (next in {nextUpdateInMinutes} min): {update.Text}");
        await SaveAsync();
        return update;
    }

    public async Task<StatusPage> StatusPageAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        await SyncAsync();
        var newestFirst = S.StatusUpdates.OrderByDescending(u => u.Number).ToList();
        var latest = newestFirst.FirstOrDefault();
        return new StatusPage(
            Practice: true,
            StatusPage.PracticeNotice,
            NeutralName.Of(Id),
            newestFirst.FirstOrDefault(u => u.Audience == StatusAudience.Customers)?.Text,
            [.. newestFirst.Where(u => u.Audience == StatusAudience.Customers)],
            [.. newestFirst.Where(u => u.Audience == StatusAudience.Internal)],
            latest is null ? null : latest.Second + (latest.NextUpdateInMinutes * 60L),
            S.Second);
    }

    /// <summary>The scenario's stakeholder messages that arrived in the cell since the last sync, into the channel.</summary>
    private void ReceiveStakeholders(ImmutableArray<StakeholderArrival> arrivals)
    {
        if (arrivals.IsDefaultOrEmpty || _scenario is null)
        {
            return;
        }
        for (var k = S.StakeholderArrivalsRecorded; k < arrivals.Length; k++)
        {
            if (_scenario.Stakeholders.FirstOrDefault(m => m.Id == arrivals[k].Id) is { } spec)
            {
                Receive(spec.From, spec.Text, spec.ExpectsAnswer, arrivals[k].Second);
            }
        }
        S.StakeholderArrivalsRecorded = Math.Max(S.StakeholderArrivalsRecorded, arrivals.Length);
    }

    /// <summary>
    /// A stakeholder message into the channel. Scripted or by hand, it reads the same: responders learn nothing of
    /// the script (which condition brought it) from it.
    /// </summary>
    private StakeholderMessage Receive(string from, string text, bool expectsAnswer, long second)
    {
        var message = new StakeholderMessage(S.StakeholderMessages.Count + 1, from, text, expectsAnswer, second, timeProvider.GetUtcNow());
        S.StakeholderMessages.Add(message);
        Append(from, TimelineKind.Stakeholder, $"#{message.Number}: {text}{(expectsAnswer ? " (expects an answer)" : "")}", second);
        return message;
    }
}
