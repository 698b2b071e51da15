namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// A scripted message from someone outside the response (support relaying tickets, a product manager asking for an
/// ETA, an executive asking what to tell customers): from a named role, arriving in the channel when
/// <see cref="Trigger"/> first holds, and perhaps expecting an answer from the responders.
/// </summary>
public sealed record StakeholderSpec(string Id, string From, StakeholderTrigger Trigger, string Text, bool ExpectsAnswer);
