using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Truth;

/// <summary>One request type's last hour in completed 10-second buckets, oldest first.</summary>
public sealed record RequestTypeTenSeconds(string RequestType, ImmutableArray<TenSecondTruth> Buckets);
