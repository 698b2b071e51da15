namespace PracticePlatform.Api.Dashboard;

/// <summary>One grain method's calls: totals since watching started, calls in the last second, average and p99 latency in ms.</summary>
public sealed record MethodFigures(string GrainType, string Method, long Calls, long Errors, long CallsPerSecond, double AverageMs, double P99Ms);
