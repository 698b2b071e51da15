namespace PracticePlatform.Contracts.Cells;

/// <summary>One minute of one request type: requests attempted, success rate (0-1) and p99 latency in milliseconds.</summary>
[GenerateSerializer, Immutable, Alias("practice.MinutePoint")]
public sealed record MinutePoint([property: Id(0)] long Minute, [property: Id(1)] long Attempted, [property: Id(2)] double SuccessRate, [property: Id(3)] double P99Ms);
