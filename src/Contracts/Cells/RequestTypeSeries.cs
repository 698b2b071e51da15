using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Cells;

/// <summary>One request type's last hour, a point per completed minute.</summary>
[GenerateSerializer, Immutable, Alias("practice.RequestTypeSeries")]
public sealed record RequestTypeSeries([property: Id(0)] string RequestType, [property: Id(1)] ImmutableArray<MinutePoint> Minutes);
