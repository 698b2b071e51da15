namespace PracticePlatform.Contracts.Cells;

/// <summary>One minute of one request type: requests attempted, success rate (0-1) and p99 latency in milliseconds.</summary>
[GenerateSerializer, Immutable, Alias("practice.MinutePoint")]
public sealed record MinutePoint(long Minute, long Attempted, double SuccessRate, double P99Ms);
