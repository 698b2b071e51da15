using System.Collections.Immutable;
using Orleans;

namespace PracticePlatform.Contracts.Cells;

/// <summary>One request type's last hour, a point per completed minute.</summary>
[GenerateSerializer, Immutable, Alias("practice.RequestTypeSeries")]
public sealed record RequestTypeSeries(string RequestType, ImmutableArray<MinutePoint> Minutes);
