using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One member's row: a state per visible scenario (played, scheduled, notYet) and counts over the whole pool.</summary>
public sealed record MemberCoverage(Guid PersonId, string Name, ImmutableDictionary<string, string> Scenarios, int Played, int Scheduled, int NotYet);
