using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>The session's practice status page: the practice notice, headline, customer and internal updates (newest first), next update due.</summary>
public sealed record StatusPage(
    bool Practice,
    string Notice,
    string Session,
    string? Headline,
    ImmutableArray<StatusUpdate> Customers,
    ImmutableArray<StatusUpdate> Internal,
    long? NextUpdateDueSecond,
    long Second);
