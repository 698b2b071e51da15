namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A stakeholder message in the channel: number, role, text, whether it expects an answer, when, and its first answer.</summary>
public sealed record StakeholderMessage(
    int Number,
    string From,
    string Text,
    bool ExpectsAnswer,
    long Second,
    DateTimeOffset WallTime,
    string? AnsweredBy = null,
    long? AnsweredAtSecond = null,
    string? Answer = null);
