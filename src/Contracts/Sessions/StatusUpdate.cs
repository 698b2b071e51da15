namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// A status update a responder posted: its number in the session (from 1), audience, text, when the next one is
/// promised (minutes after this one), by whom, at which simulated second and wall time.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.StatusUpdate")]
public sealed record StatusUpdate(
    [property: Id(0)] int Number,
    [property: Id(1)] StatusAudience Audience,
    [property: Id(2)] string Text,
    [property: Id(3)] int NextUpdateInMinutes,
    [property: Id(4)] string By,
    [property: Id(5)] long Second,
    [property: Id(6)] DateTimeOffset WallTime);
