using System.Collections.Immutable;

namespace PracticePlatform.Grains.Cells;

/// <summary>One request type's last hour, a point per completed minute.</summary>
public sealed record RequestTypeSeries(string RequestType, ImmutableArray<MinutePoint> Minutes);
