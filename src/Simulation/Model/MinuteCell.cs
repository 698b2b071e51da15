namespace PracticePlatform.Simulation.Model;

/// <summary>One request type's minute: compact, because a cell keeps hours of them.</summary>
internal readonly record struct MinuteCell(int Attempted, int Failed, int ReasonSlot, float P50, float P95, float P99);
