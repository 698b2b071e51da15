namespace PracticePlatform.Simulation.Alarms;

/// <summary>An alarm firing or clearing, at a simulated second.</summary>
public sealed record AlarmEvent(long Second, string RuleId, string Severity, bool Firing, string Message);
