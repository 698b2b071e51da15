using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Cells;

/// <summary>
/// One request type's last hour: a point per completed minute and, for the charts, a point per completed 10
/// simulated seconds. <see cref="ClockStart"/> is the wall-clock time the cell's tools print for second 0 (ISO 8601,
/// UTC): second s is ClockStart + s seconds, the same mapping as <c>date</c> and the logs.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.RequestTypeSeries")]
public sealed record RequestTypeSeries(
    [property: Id(0)] string RequestType,
    [property: Id(1)] ImmutableArray<MinutePoint> Minutes,
    [property: Id(2)] ImmutableArray<TenSecondPoint> TenSeconds,
    [property: Id(3)] string ClockStart);
