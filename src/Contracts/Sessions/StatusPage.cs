using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// The session's practice status page, built from the responders' status updates: always <see cref="Practice"/>
/// with a <see cref="Notice"/> saying so; the session's neutral name; the latest customer-facing update's text as
/// the headline (null before the first); customer and internal updates, newest first; when the next update is due
/// (simulated second, from the latest update's promise).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.StatusPage")]
public sealed record StatusPage(
    [property: Id(0)] bool Practice,
    [property: Id(1)] string Notice,
    [property: Id(2)] string Session,
    [property: Id(3)] string? Headline,
    [property: Id(4)] ImmutableArray<StatusUpdate> Customers,
    [property: Id(5)] ImmutableArray<StatusUpdate> Internal,
    [property: Id(6)] long? NextUpdateDueSecond,
    [property: Id(7)] long Second)
{
    /// <summary>What every rendering of a status page says first.</summary>
    public const string PracticeNotice = "PRACTICE: this status page belongs to an incident response practice, not a real incident.";
}
