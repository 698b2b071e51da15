using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Apis;

/// <summary>A status update: for whom (internal or customers), what it says, and in how many minutes the next one comes.</summary>
public sealed record StatusUpdateRequest(StatusAudience Audience, string Text, int NextUpdateInMinutes);

/// <summary>An instigator speaking as a stakeholder: the role's name, the text, and whether it expects an answer (default false).</summary>
public sealed record StakeholderMessageRequest(string From, string Text, bool? ExpectsAnswer = null);

/// <summary>A responder's answer to a stakeholder message.</summary>
public sealed record StakeholderAnswerRequest(string Text);
