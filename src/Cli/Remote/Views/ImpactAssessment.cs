using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>The responders' impact assessment: start and end minute, failed share per request type, root cause, summary.</summary>
public sealed record ImpactAssessment(long StartMinute, long EndMinute, ImmutableSortedDictionary<string, double> FailedShares, string RootCause, string Summary);
