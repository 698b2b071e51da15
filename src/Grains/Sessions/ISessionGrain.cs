using System.Collections.Immutable;
using PracticePlatform.Runtime;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// One practice run of a scenario by one group. It owns the group's cell, paces it at 1x while live, and keeps
/// the timeline. The <c>actor</c> arguments name the acting participant, checked against the roster and role.
/// Rule violations throw <see cref="SessionRuleException"/>, unknown ids <see cref="SessionNotFoundException"/>,
/// wrong roles <see cref="ParticipantNotAllowedException"/>, bad arguments <see cref="SessionArgumentException"/>.
/// </summary>
public interface ISessionGrain : IGrainWithGuidKey, IRemindable
{
    /// <summary>Creates the session (Draft, or Scheduled when it has a start time).</summary>
    Task<SessionView> CreateAsync(NewSession request);

    /// <summary>The session now.</summary>
    Task<SessionView> GetAsync();

    /// <summary>Adds a participant before the session ends; the view's warnings tell where the roster is outside the guidance.</summary>
    Task<SessionView> AddParticipantAsync(Participant participant);

    /// <summary>Instigator: builds the cell and starts pacing it; refused without an instigator and a responder.</summary>
    Task<SessionView> StartAsync(string actor);

    /// <summary>Instigator: freezes the cell.</summary>
    Task<SessionView> PauseAsync(string actor);

    /// <summary>Instigator: carries on pacing the cell.</summary>
    Task<SessionView> ResumeAsync(string actor);

    /// <summary>Instigator: the kill switch; clears every fault, restores the cell and ends the session.</summary>
    Task<SessionView> AbortAsync(string actor);

    /// <summary>Instigator: starts one of the scenario's injects now.</summary>
    Task<CommandOutcome> InjectAsync(string actor, string injectId);

    /// <summary>Instigator: reverts an injected fault.</summary>
    Task<CommandOutcome> RevertAsync(string actor, string faultId);

    /// <summary>Responder: runs a tool command or remediation against the cell and returns its output.</summary>
    Task<CommandOutcome> RunCommandAsync(string actor, string commandLine);

    /// <summary>Posts to the session channel under the channel rules.</summary>
    Task<TimelineEntry> PostAsync(string actor, ChannelPostKind kind, string text);

    /// <summary>The channel: alarms, messages, help requests, pointers and hints, in order.</summary>
    Task<ImmutableArray<TimelineEntry>> ChannelAsync();

    /// <summary>Every timeline entry with a sequence number above <paramref name="afterSequence"/>.</summary>
    Task<ImmutableArray<TimelineEntry>> TimelineAsync(long afterSequence);

    /// <summary>Responder: declares service restored.</summary>
    Task<SessionView> DeclareRestoredAsync(string actor);

    /// <summary>Responder: submits (or replaces) the impact assessment.</summary>
    Task<SessionView> SubmitAssessmentAsync(string actor, ImpactAssessment assessment);

    /// <summary>Instigator: holds the debrief, freezing the cell and fixing the ground truth.</summary>
    Task<Debrief> HoldDebriefAsync(string actor);

    /// <summary>The debrief once held.</summary>
    Task<Debrief> GetDebriefAsync();

    /// <summary>Instigator: closes a debriefed session.</summary>
    Task<SessionView> CloseAsync(string actor);
}
