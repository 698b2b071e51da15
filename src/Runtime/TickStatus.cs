namespace PracticePlatform.Runtime;

/// <summary>When a reminder tick was due and when it was delivered.</summary>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);
