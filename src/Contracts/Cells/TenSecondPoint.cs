namespace PracticePlatform.Contracts.Cells;

/// <summary>
/// One request type over the 10 simulated seconds from <see cref="Second"/>: requests attempted, success rate (0-1;
/// 1 with no requests) and the p99 latency of the successful requests in milliseconds, null when requests were
/// attempted and none succeeded (a chart shows "no successful requests" there, not a latency).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.TenSecondPoint")]
public sealed record TenSecondPoint([property: Id(0)] long Second, [property: Id(1)] long Attempted, [property: Id(2)] double SuccessRate, [property: Id(3)] double? P99Ms);
