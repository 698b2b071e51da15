namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// A message from someone outside the response, in the channel: its number in the session (from 1, the number
/// responders answer), the role it comes from, its text, whether it expects an answer, when it arrived (simulated
/// second, wall time), and the first answer (by whom, at which second, what). Scripted by the scenario or posted by an
/// instigator by hand; which of the two is not shown, so a message says nothing about the script.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.StakeholderMessage")]
public sealed record StakeholderMessage(
    [property: Id(0)] int Number,
    [property: Id(1)] string From,
    [property: Id(2)] string Text,
    [property: Id(3)] bool ExpectsAnswer,
    [property: Id(4)] long Second,
    [property: Id(5)] DateTimeOffset WallTime,
    [property: Id(6)] string? AnsweredBy = null,
    [property: Id(7)] long? AnsweredAtSecond = null,
    [property: Id(8)] string? Answer = null)
{
    /// <summary>Whether a responder answered it.</summary>
    public bool Answered => AnsweredBy is not null;
}
