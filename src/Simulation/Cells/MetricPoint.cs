namespace PracticePlatform.Simulation.Cells;

/// <summary>One per-minute metric value (minute m covers simulated seconds 60m to 60m+59).</summary>
public sealed record MetricPoint(long Minute, double Value);
